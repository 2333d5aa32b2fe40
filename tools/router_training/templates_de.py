"""German training templates and slot values."""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "room": ["wohnzimmer", "küche", "schlafzimmer", "bad", "badezimmer", "büro", "flur", "keller", "kinderzimmer", "esszimmer", "gästezimmer", "arbeitszimmer", "dachboden", "garage", "garten", "treppenhaus", "waschküche", "terrasse"],
    "item": ["milch", "eier", "brot", "butter", "kaffee", "bananen", "äpfel", "klopapier", "spülmittel", "olivenöl", "reis", "nudeln", "tomaten", "käse", "joghurt", "batterien", "katzenfutter", "zwiebeln", "mehl"],
    "list": ["einkaufsliste", "to do liste", "aufgabenliste", "packliste", "baumarktliste"],
    "store": ["der edeka", "der rewe", "der aldi", "der lidl", "die apotheke", "der baumarkt", "das ikea", "die post", "die bäckerei", "der dm", "der wertstoffhof", "das schwimmbad", "die bibliothek", "das rathaus"],
    "appliance": ["waschmaschine", "spülmaschine", "trockner", "saugroboter", "mähroboter", "wärmepumpe", "backofen", "kaffeemaschine"],
    "writing": ["einen brief an die hausverwaltung wegen der heizung", "eine geburtstagsrede für meinen vater", "eine kündigung für mein fitnessstudio", "eine gute nacht geschichte über einen kleinen drachen", "ein bewerbungsschreiben als erzieherin", "eine beschwerde an die bahn", "ein gedicht zum muttertag", "eine einladung zur gartenparty", "eine e-mail an den vermieter wegen schimmel"],
    "compare": ["wärmepumpe und gasheizung", "e-auto und hybrid", "zigbee und wlan geräte", "miete und kauf", "festpreis und dynamischen stromtarif", "photovoltaik mit und ohne speicher"],
}

TEMPLATES: dict[str, list[str]] = {
    "device_control": [
        "mach das licht im {room} an", "mach das licht im {room} aus", "schalte die lampe im {room} aus", "licht im {room} an", "stell die heizung im {room} auf {temp} grad",
        "dreh die heizung runter", "mach die heizung zwei grad wärmer", "fahr die rollläden im {room} runter", "öffne die jalousien im {room}", "rollladen {room} hoch",
        "schließ das garagentor", "sperr die haustür ab", "dimme das licht im {room} auf {pct} prozent", "mach das licht im {room} wärmer", "starte die {appliance}",
        "schalte den fernseher im {room} ein", "mach alle lichter aus", "schalte den ventilator an", "aktiviere die szene filmabend", "starte die gute nacht routine",
        "schalte die kaffeemaschine ein", "stell das thermostat auf {temp}", "mach die musik im {room} leiser", "schalt die steckdose im {room} aus",
        "schick den saugroboter in die {room}", "schalte die automatik für das licht im {room} heute nacht aus", "mach mal das licht aus", "licht aus bitte",
    ],
    "state_query": [
        "ist die {appliance} schon fertig", "ist die haustür abgeschlossen", "ist das garagentor zu", "sind noch fenster offen", "ist das fenster im {room} offen",
        "brennt noch licht im {room}", "welche lichter sind noch an", "läuft die {appliance} noch", "wie viel strom hat die photovoltaik heute erzeugt",
        "wie viel strom haben wir heute verbraucht", "wie voll ist der akku vom auto", "in welchem modus ist die wärmepumpe", "ist die alarmanlage scharf",
    ],
    "sensor_query": [
        "wie warm ist es im {room}", "wie kalt ist es draußen", "welche temperatur hat es im {room}", "wie hoch ist die luftfeuchtigkeit im {room}",
        "wie ist die luftqualität im {room}", "wie viel regen hat unsere wetterstation gemessen", "wie ist der co2 wert im {room}", "wie warm ist es gerade draußen",
    ],
    "timer": [
        "stell einen timer auf {n} minuten", "timer {n} minuten", "stell einen wecker für {time} uhr", "weck mich morgen um {time}", "erinnere mich in {n} minuten an den ofen",
        "erinnere mich morgen um {time} an den zahnarzt anruf", "wie lange läuft der timer noch", "lösche den timer", "stell einen timer für die eier auf {n} minuten",
    ],
    "list": [
        "setz {item} auf die {list}", "schreib {item} und {item} auf die {list}", "füge {item} zur {list} hinzu", "nimm {item} von der {list}", "was steht auf der {list}",
        "lies mir die {list} vor", "lösche die erledigten einträge auf der {list}", "wir brauchen {item}",
    ],
    "media": ["spiel jazz im {room}", "spiel meine playlist", "pause die musik", "nächstes lied", "spiel radio im {room}", "mach die musik lauter", "was ist das für ein lied"],
    "small_talk": ["guten morgen", "gute nacht", "hallo", "wie geht es dir", "danke", "danke das wars", "erzähl mir einen witz", "du bist toll", "tschüss", "wer bist du", "was kannst du", "mir ist langweilig"],
    "general_knowledge": [
        "wer hat die räuber geschrieben", "wer hat die mona lisa gemalt", "was ist die hauptstadt von frankreich", "wie viele beine hat eine spinne", "was bedeutet nachhaltig",
        "wann fiel die berliner mauer", "was ist eine kilowattstunde", "wie schreibt man rhythmus", "wie hoch ist die zugspitze", "welcher planet ist der größte",
        "wer hat das telefon erfunden", "was ist photosynthese", "warum ist der himmel blau", "wie viele kontinente gibt es",
    ],
    "unit_conversion": ["wie viele gramm sind ein pfund", "wie viele zentimeter sind ein zoll", "rechne {n} meilen in kilometer um", "wie viel sind {n} fahrenheit in celsius", "wie viele milliliter hat eine tasse", "wie viele esslöffel sind {n} gramm"],
    "arithmetic": ["was ist {n} mal {n}", "was ist {n} plus {n}", "wie viel sind {pct} prozent von {n}", "was ist {n} geteilt durch {n}", "rechne {n} mal {n}"],
    "weather_home": ["wie wird das wetter morgen", "wie ist das wetter heute", "regnet es heute noch", "brauche ich heute einen schirm", "wird es heute nacht frost geben", "wie warm wird es morgen", "wie ist die wettervorhersage für heute abend", "schneit es morgen"],
    "personal": ["wann hat oma geburtstag", "wann ist unser hochzeitstag", "wann kommt die müllabfuhr", "welche tonne kommt diese woche raus", "was steht heute im kalender", "wie heißt unser tierarzt", "wann haben wir den filter zuletzt gewechselt"],
    "code": [
        "schreib ein {lang_name} skript das meine fotos nach datum umbenennt", "schreib mir eine funktion in {lang_name} die eine csv datei einliest", "mein {lang_name} skript stürzt mit einem typeerror ab was ist falsch",
        "schreib eine esphome konfiguration für einen temperatursensor", "wie schreibe ich einen regulären ausdruck für deutsche postleitzahlen", "programmier mir ein kleines spiel in {lang_name}",
    ],
    "automation_authoring": [
        "schreib mir eine automation die das licht im flur einschaltet wenn die haustür aufgeht", "erstelle eine automatisierung die die rollläden bei hitze runterfährt",
        "schreib eine automation die mich benachrichtigt wenn die {appliance} fertig ist", "mach mir eine automatisierung die die heizung ausschaltet wenn ein fenster offen ist",
        "ich brauche ein yaml skript das alle lichter bei alarm einschaltet", "schreib ein template das die durchschnittstemperatur aller räume anzeigt",
        "erstelle einen blueprint für bewegungsmelder licht mit einstellbarer zeit",
    ],
    "long_form": ["schreib {writing}", "kannst du {writing} schreiben", "hilf mir {writing} zu formulieren", "verfasse {writing}", "fasse diesen text in drei sätzen zusammen", "schreib mir eine kurze geschichte für meine tochter über eine katze"],
    "analysis": ["analysiere unseren stromverbrauch in diesem monat und schlag vor wo wir sparen können", "lohnt sich eine solaranlage für {n} tausend euro wenn wir {n} euro im monat sparen rechne es durch", "wie viel sparen wir im jahr wenn wir die spülmaschine nachts laufen lassen bei {n} statt {n} cent"],
    "comparison": ["vergleiche {compare}", "was sind die vor und nachteile von {compare}", "was lohnt sich mehr {compare} für eine familie", "hilf mir bei der entscheidung zwischen {compare}"],
    "troubleshooting": [
        "warum bildet sich schimmel im {room} und was kann ich tun", "warum fallen meine zigbee geräte ständig aus", "unser wlan ist abends total langsam woran kann das liegen",
        "warum taktet unsere wärmepumpe so oft und was soll ich prüfen", "die sicherung fliegt raus wenn wasserkocher und mikrowelle laufen was kann ich machen", "warum geht mein brot nicht auf",
    ],
    "planning": ["plane ein wochenende in {city} für zwei personen", "erstelle einen essensplan für eine woche für vier personen", "mach einen putzplan für unsere wg", "plane unseren umzug schritt für schritt", "erstelle einen trainingsplan für einen halbmarathon"],
    "explanation": ["erklär mir schritt für schritt wie eine wärmepumpe funktioniert", "erkläre mir ausführlich wie zinseszins funktioniert mit einem beispiel"],
    "news": ["was gibt es neues", "was sind die nachrichten heute", "gibt es neuigkeiten zum streik", "was ist mit dem hochwasser in {city} los", "was hat der kanzler heute gesagt", "was sind die schlagzeilen", "gibt es neues zur wahl"],
    "sports": ["wie hat {team} gespielt", "hat {team} gestern gewonnen", "wer hat {event} gewonnen", "wann spielt {team} das nächste mal", "wie steht es bei {team}", "wer führt in {event}", "wie ist {athlete} im qualifying gefahren", "gegen wen hat {team} gestern gespielt"],
    "prices": ["was kostet ein liter diesel gerade", "wie steht der {crypto} kurs", "was kostet {crypto} gerade", "wie steht die {stock} aktie", "wie ist der euro zum dollar", "wie hoch ist der strompreis heute", "was kostet gold gerade", "wo ist benzin gerade am günstigsten"],
    "local_business": ["hat {store} heute offen", "bis wann hat {store} heute geöffnet", "wann macht {store} morgen auf", "hat {store} am sonntag offen", "welche apotheke hat heute notdienst", "was läuft heute im kino"],
    "weather_remote": ["wie wird das wetter in {city} morgen", "wie ist das wetter in {city}", "regnet es gerade in {city}", "wie warm ist es in {city}", "wie wird das wetter am wochenende in {city}", "schneit es in {city}", "wetter {city}"],
    "release_info": ["wann kommt die neue staffel von {show}", "ist das neue {product} schon draußen", "wann erscheint das neue album von {artist}"],
    "traffic_travel": ["wie ist der verkehr auf der a7 gerade", "ist mein zug nach {city} pünktlich", "gibt es stau auf dem weg nach {city}", "ist der flug nach {city} verspätet"],
    "web_lookup": ["such mir bewertungen für {brand_item}", "gibt es einen rückruf für {brand_item}", "was sagen die leute über {brand_item}", "schau nach tests zu {brand_item}"],
}
