"""Dutch training templates and slot values."""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "room": ["woonkamer", "keuken", "slaapkamer", "badkamer", "kantoor", "gang", "kelder", "garage", "tuin", "eetkamer", "kinderkamer", "logeerkamer", "zolder", "hal", "overloop"],
    "item": ["melk", "eieren", "brood", "boter", "koffie", "bananen", "appels", "wc papier", "olijfolie", "rijst", "pasta", "tomaten", "kaas", "yoghurt", "hagelslag", "batterijen"],
    "list": ["boodschappenlijst", "boodschappenlijstje", "takenlijst", "klusjeslijst"],
    "store": ["de albert heijn", "de jumbo", "de gamma", "de praxis", "de apotheek", "de bakker", "de bibliotheek", "het gemeentehuis", "de hema", "de action"],
    "appliance": ["wasmachine", "vaatwasser", "droger", "robotstofzuiger", "oven", "warmtepomp"],
    "writing": ["een sollicitatiebrief voor een baan als leraar", "een brief aan de verhuurder over de lekkage", "een verhaaltje voor het slapengaan over een uil", "een speech voor de verjaardag van mijn moeder", "een klacht aan de energieleverancier", "een gedicht voor sinterklaas"],
    "compare": ["een warmtepomp en een cv ketel", "een elektrische auto en een hybride", "huren en kopen", "zigbee en wifi", "een vast en een dynamisch energiecontract"],
}

TEMPLATES: dict[str, list[str]] = {
    "device_control": [
        "doe het licht in de {room} aan", "doe de lampen in de {room} uit", "zet het licht uit", "zet de thermostaat op {temp} graden", "zet de verwarming lager",
        "doe de rolluiken in de {room} omlaag", "open de gordijnen", "sluit de garagedeur", "doe de voordeur op slot", "zet de {appliance} aan", "dim het licht in de {room} naar {pct} procent",
        "zet de tv aan", "activeer de filmscène", "zet de ventilator aan", "doe alle lichten uit", "zet de koffiemachine aan",
    ],
    "state_query": ["staat het raam in de {room} nog open", "is de {appliance} klaar", "is de voordeur op slot", "zijn er nog lampen aan", "hoeveel stroom hebben de zonnepanelen vandaag opgewekt", "staat de oven nog aan"],
    "sensor_query": ["hoe warm is het in de {room}", "wat is de temperatuur in de {room}", "wat is de luchtvochtigheid in de {room}", "hoe koud is het buiten", "hoe is de luchtkwaliteit in de {room}"],
    "timer": ["zet een timer van {n} minuten", "timer {n} minuten", "zet een wekker voor {time}", "maak me morgen om {time} wakker", "herinner me over {n} minuten aan de oven", "hoe lang loopt de timer nog", "stop de timer"],
    "list": ["zet {item} op het {list}", "zet {item} en {item} op de {list}", "haal {item} van de {list}", "wat staat er op de {list}", "lees de {list} voor"],
    "media": ["speel jazz in de {room}", "pauzeer de muziek", "volgend nummer", "zet de radio aan", "zet de muziek harder"],
    "small_talk": ["goedemorgen", "goedenavond", "welterusten", "hallo", "hoe gaat het met je", "dank je wel", "vertel een mop", "je bent geweldig", "doei", "alles goed"],
    "general_knowledge": ["wie schreef het achterhuis", "wie schilderde de nachtwacht", "wat is de hoofdstad van canada", "hoeveel poten heeft een spin", "wat betekent duurzaam", "wanneer viel de berlijnse muur", "wat is een kilowattuur", "wat is de langste rivier van europa"],
    "unit_conversion": ["hoeveel meter is een mijl", "hoeveel gram is een ons", "reken {n} mijl om naar kilometer", "hoeveel milliliter is een kopje", "hoeveel centimeter is een inch"],
    "arithmetic": ["hoeveel is {n} keer {n}", "hoeveel is {n} plus {n}", "wat is {pct} procent van {n}", "hoeveel is {n} gedeeld door {n}"],
    "weather_home": ["wat voor weer wordt het vandaag", "gaat het morgen regenen", "heb ik vandaag een paraplu nodig", "gaat het vannacht vriezen", "wat is de weersverwachting voor vanavond"],
    "personal": ["wanneer is oma jarig", "wanneer is onze trouwdag", "wat staat er vandaag in de agenda", "wanneer wordt het afval opgehaald", "hoe heet onze dierenarts"],
    "code": ["schrijf een {lang_name} script dat mijn foto's op datum hernoemt", "schrijf een {lang_name} functie die een csv inleest", "mijn {lang_name} script crasht met een typeerror wat gaat er mis", "schrijf een esphome config voor een temperatuursensor"],
    "automation_authoring": ["schrijf een automatisering die de ganglamp aanzet als de voordeur opengaat", "maak een automatisering die de rolluiken sluit als het warm is", "schrijf een automatisering die me een melding stuurt als de {appliance} klaar is", "maak een home assistant script dat om middernacht alles uitzet"],
    "long_form": ["schrijf {writing}", "kun je {writing} schrijven", "help me met {writing}", "maak {writing}", "vat deze tekst samen in twee zinnen"],
    "analysis": ["analyseer ons stroomverbruik van deze maand en zeg waar we kunnen besparen", "hoeveel besparen we per jaar als de vaatwasser 's nachts draait voor {n} cent in plaats van {n}"],
    "comparison": ["vergelijk {compare}", "wat zijn de voor en nadelen van {compare}", "wat is beter voor ons {compare}"],
    "troubleshooting": ["waarom slaat onze cv ketel steeds af en wat kan ik controleren", "waarom valt de wifi elke avond weg", "waarom condenseren de ramen in de {room} en wat doe ik eraan", "waarom springt de stop eruit als de waterkoker aan staat"],
    "planning": ["maak een schoonmaakrooster voor ons huis", "plan een weekend in {city} voor twee", "maak een weekmenu voor vier personen", "plan onze verhuizing stap voor stap"],
    "explanation": ["leg stap voor stap uit hoe een hypotheek werkt", "leg me uitgebreid uit hoe een warmtepomp werkt"],
    "news": ["wat is het laatste nieuws", "wat is er vandaag gebeurd in de wereld", "is er nieuws over de staking", "wat heeft de premier vandaag gezegd", "wat is er aan de hand in {city}"],
    "sports": ["hoe heeft {team} gespeeld", "heeft {team} gewonnen", "wie heeft {event} gewonnen", "wanneer speelt {team} weer", "wie scoorde bij {team}", "hoe deed {athlete} het"],
    "prices": ["wat kost een liter benzine nu", "hoeveel is {crypto} waard", "hoe staat het aandeel {stock}", "wat is de koers van de euro tegen de dollar", "wat is de stroomprijs vandaag", "wat kost goud nu"],
    "local_business": ["is {store} vandaag open", "hoe laat gaat {store} dicht", "is {store} zondag open", "hoe laat opent {store} morgen", "welke films draaien er vanavond"],
    "weather_remote": ["wat voor weer wordt het in {city}", "wat voor weer wordt het dit weekend in {city}", "regent het in {city}", "hoe warm is het in {city}", "wat is het weer in {city} morgen"],
    "release_info": ["wanneer komt het nieuwe seizoen van {show}", "is de nieuwe {product} al uit", "wanneer komt het nieuwe album van {artist} uit"],
    "traffic_travel": ["hoe druk is het op de a2", "rijdt mijn trein naar {city} op tijd", "staan er files richting {city}"],
    "web_lookup": ["zoek reviews van {brand_item}", "is er een terugroepactie voor {brand_item}"],
}
