"""Italian training templates and slot values."""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "room": ["soggiorno", "cucina", "camera da letto", "bagno", "studio", "corridoio", "cantina", "garage", "giardino", "sala da pranzo", "cameretta", "salotto", "ingresso", "taverna"],
    "item": ["latte", "uova", "pane", "burro", "caffè", "banane", "mele", "carta igienica", "olio d'oliva", "riso", "pasta", "pomodori", "parmigiano", "yogurt", "pile"],
    "list": ["lista della spesa", "lista delle cose da fare", "lista del ferramenta"],
    "store": ["la coop", "l'esselunga", "la farmacia", "il panificio", "la posta", "l'ikea", "il mercato", "la biblioteca", "il comune", "il conad"],
    "appliance": ["lavatrice", "lavastoviglie", "asciugatrice", "robot aspirapolvere", "forno", "pompa di calore"],
    "writing": ["una lettera di auguri per la nonna", "una lettera al padrone di casa per l'umidità", "una favola per i bambini su un gatto", "un discorso per il matrimonio di mio fratello", "una lettera di presentazione per un lavoro da cuoco", "un reclamo alla compagnia telefonica"],
    "compare": ["una pompa di calore e una caldaia a gas", "un'auto elettrica e una ibrida", "affittare e comprare", "zigbee e wifi"],
}

TEMPLATES: dict[str, list[str]] = {
    "device_control": [
        "accendi la luce del {room}", "spegni la luce in {room}", "spegni tutte le luci", "abbassa le tapparelle in {room}", "alza le tapparelle del {room}", "metti il riscaldamento a {temp} gradi",
        "abbassa il riscaldamento di due gradi", "chiudi la porta del garage", "chiudi a chiave la porta d'ingresso", "avvia la {appliance}", "regola la luce del {room} al {pct} per cento",
        "attiva la scena cinema", "accendi la tv", "accendi la macchina del caffè", "accendi il ventilatore",
    ],
    "state_query": ["la {appliance} ha finito", "la porta del garage è chiusa", "c'è qualche finestra aperta", "quali luci sono accese", "quanta energia hanno prodotto oggi i pannelli", "il forno è ancora acceso"],
    "sensor_query": ["che temperatura c'è in {room}", "qual è la temperatura in {room}", "qual è l'umidità in {room}", "quanto fa freddo fuori", "com'è la qualità dell'aria in {room}"],
    "timer": ["imposta un timer di {n} minuti", "timer {n} minuti per la pasta", "metti una sveglia alle {time}", "svegliami alle {time}", "ricordami tra {n} minuti di spegnere il forno", "quanto manca al timer", "annulla il timer"],
    "list": ["aggiungi {item} alla {list}", "metti {item} e {item} nella {list}", "togli {item} dalla {list}", "cosa c'è nella {list}", "leggimi la {list}"],
    "media": ["metti un po' di jazz in {room}", "metti in pausa la musica", "canzone successiva", "accendi la radio", "alza il volume"],
    "small_talk": ["buongiorno", "buonasera", "buonanotte", "ciao", "come stai", "grazie", "raccontami una barzelletta", "sei fantastico", "arrivederci", "tutto bene"],
    "general_knowledge": ["chi ha scritto i promessi sposi", "chi ha dipinto la gioconda", "qual è la capitale del giappone", "quante zampe ha un ragno", "cosa significa effimero", "quando è caduto il muro di berlino", "cos'è un chilowattora", "qual è il fiume più lungo d'italia"],
    "unit_conversion": ["quanti grammi sono due etti", "quanti centimetri sono {n} pollici", "converti {n} miglia in chilometri", "quanti millilitri è una tazza", "quanti gradi celsius sono {n} fahrenheit"],
    "arithmetic": ["quanto fa {n} per {n}", "quanto fa {n} più {n}", "quanto è il {pct} per cento di {n}", "quanto fa {n} diviso {n}"],
    "weather_home": ["che tempo fa oggi", "domani piove", "mi serve l'ombrello oggi", "stanotte gela", "che previsioni ci sono per stasera", "farà caldo domani"],
    "personal": ["quando è il compleanno della mamma", "quando è il nostro anniversario", "cosa ho in agenda oggi", "quando passa la raccolta della plastica", "come si chiama il nostro veterinario"],
    "code": ["scrivi uno script {lang_name} che rinomina le foto per data", "scrivi una funzione {lang_name} che legge un csv", "il mio script {lang_name} va in errore con un typeerror perché", "scrivi una configurazione esphome per un sensore di temperatura"],
    "automation_authoring": ["scrivimi un'automazione che accende la luce dell'ingresso quando si apre la porta", "crea un'automazione che abbassa le tapparelle quando fa caldo", "fammi un'automazione che mi avvisa quando la {appliance} ha finito", "scrivi uno script di home assistant che spegne tutto a mezzanotte"],
    "long_form": ["scrivi {writing}", "puoi scrivere {writing}", "aiutami a scrivere {writing}", "prepara {writing}", "riassumi questo testo in tre frasi"],
    "analysis": ["analizza i nostri consumi di questo mese e dimmi dove risparmiare", "quanto risparmieremmo in un anno usando la lavastoviglie di notte a {n} centesimi invece di {n}"],
    "comparison": ["confronta {compare}", "quali sono i pro e i contro di {compare}", "cosa conviene di più {compare}"],
    "troubleshooting": ["perché si forma la muffa in {room} e come posso risolvere", "perché il wifi si disconnette ogni sera", "perché la caldaia va in blocco e cosa posso controllare", "perché il mio pane non lievita bene d'inverno"],
    "planning": ["organizzami un itinerario di tre giorni a {city}", "fammi un piano dei pasti per la settimana", "prepara un programma di allenamento per una mezza maratona", "pianifica il trasloco passo per passo"],
    "explanation": ["spiegami passo per passo come funziona un mutuo", "spiegami nel dettaglio come funziona una pompa di calore"],
    "news": ["quali sono le ultime notizie", "cosa è successo oggi nel mondo", "ci sono novità sullo sciopero", "cosa ha detto il governo stamattina", "ultime notizie da {city}"],
    "sports": ["chi ha vinto la partita della {team} ieri sera", "ha vinto la {team}", "chi ha vinto {event}", "quando gioca la {team}", "chi ha segnato per la {team}", "come è andato {athlete}"],
    "prices": ["quanto costa oggi un grammo d'oro", "quanto vale il {crypto}", "come vanno le azioni {stock}", "quanto costa la benzina adesso", "qual è il cambio euro dollaro", "prezzo dell'energia oggi"],
    "local_business": ["a che ora chiude {store} stasera", "{store} è aperta la domenica", "a che ora apre {store} domani", "è aperto {store} oggi", "che film danno al cinema stasera"],
    "weather_remote": ["che tempo fa a {city}", "che tempo farà a {city} domani", "piove a {city}", "quanti gradi ci sono a {city}", "che tempo fa a {city} nel fine settimana"],
    "release_info": ["quando esce la nuova stagione di {show}", "è uscito il nuovo {product}", "quando esce il nuovo album di {artist}"],
    "traffic_travel": ["com'è il traffico in tangenziale", "il mio treno per {city} è in orario", "ci sono code verso {city}"],
    "web_lookup": ["cerca recensioni di {brand_item}", "c'è un richiamo per {brand_item}"],
}
