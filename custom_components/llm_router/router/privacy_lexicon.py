"""Privacy phrasing beyond the first six languages: Polish, Portuguese, Swedish, Danish, Norwegian and Czech.

Also the classes every language needed and the first lexicons missed: health phrased as reminders and
appointments, identity and health-insurance documents, and presence of the whole household ("is everyone
home", "how many people are home"). Patterns run on folded text (no accents; ł, ø and æ folded to l, o, e).
Each tuple is a list of regex alternatives added to one detector in `privacy`.
"""

from __future__ import annotations

# A word that ends a "where is NAME" question: nothing, punctuation or "now" (a person's whereabouts, not a place's).
END = r"(?= *(?:now|right now|jetzt|gerade|teraz|agora|nu|na|ted|$|[?.!,]))"

# The speaker's, the household's or someone's: "my", "unser", "la mia", "moje", "m'n", "vores".
POSSESSIVE = (
    r"(?:my|our|his|her|their|mein\w*|unser\w*|mijn|ons|onze|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|(?:il |la )?mi[oa]|(?:i |le )?mie[i]?|nostr[oa]"
    r"|moj[aeiu]?|mojego|mojej|nasz[aey]?|meu|meus|minha|minhas|noss[oa]s?|min|mitt|mina|mine|vores|var|vart|vare"
    r"|muj|moje|moji|nase|nas|m'n)"
)
# The speaker's own, right before a word: "my doctor", "mon allergie", "al mio medico" (not "ma" nor "me", which are
# "has" and "me" in Polish, Czech and Italian).
MY = (
    r"(?:my|mein|meine|meinen|meinem|meiner|mijn|m'n|mi|mis|mon|mes|(?:il |la )?mi[oa]|(?:i |le )?mie[i]?|moj[aeiu]?"
    r"|mojego|mojej|meu|meus|minha|minhas|min|mitt|mina|mine|muj|moje|moji|meho)"
)

# Door phones and intercoms: what they picked up is audio from the door.
INTERCOMS = (
    r"intercom\w*|intercomunicador\w*|interfono|citofono|interphone|gegensprechanlage|parlofoon|domofon\w*"
    r"|dortelefon\w*|dorrtelefon\w*|porttelefon\w*|interkom\w*|portero automatico|portero"
)

CREDENTIALS = (
    r"curl(?: \S+){0,4}? (?:-u|--user) [^\s:]+:\S+",
    r"authorization: (?:basic|bearer|token) [a-z0-9+/=._-]{8,}",
    r"clave permanente",
    # someone's login asked for: "what's mum's pension login"
    (
        r"(?:my|his|her|our|their|mum's|mom's|dad's|mums|moms|dads|grandma's|grandpa's|nan's|wife's|husband's)"
        r"(?: \w+)? (?:login|log-in|logon)(?! (?:page|screen|button|form))"
    ),
    r"cl@ve(?: pin)?",
    # our or my login, in every language, the possessive before or (Nordic) after: "vores login til elselskabets app",
    # "unser Login für die Stadtwerke-App", "innloggingen vår"
    (
        r"(?:my|our|mein\w*|unser\w*|mon|mes|notre|nos|mi|mis|nuestr\w*|mio|miei|nostr\w*|mijn|onze|ons|moj\w*|nasz\w*|meu"
        r"|minha|noss\w*|min|mitt|mina|var|vart|vara|vores|mit|mine|muj|moje|nas|nase|mamy|mame)(?: \w+)? (?:login|log-in"
        r"|zugangsdaten|anmeldedaten|identifiants?|credenciales|credenziali|inloggegevens|innlogging\w*|inloggning\w*"
        r"|brugernavn|brukernavn|anvandarnamn)(?! (?:page|screen|button|form|seite|pagina|side|sida|stranka|strona))"
    ),
    r"(?:login\w*|innlogging\w*|inloggning\w*|brugernavn\w*|brukernavn\w*|anvandarnamn\w*) (?:var|vart|vores|min|mitt|mit)(?![a-z])",
    # a token read out by its start: "il token di home assistant … inizia con eyJ0eXAi"
    (
        r"(?:token|api key|api-key|apikey|schlussel|cle|clave|chiave|sleutel|klucz|chave|nyckel|nogle|nokkel|klic)"
        r"(?: [\w']+){0,8}? (?:inizia|starts|begins|beginnt|commence|empieza|comienza|begint|zaczyna|comeca|borjar|begynder"
        r"|starter|zacina) (?:con|with|mit|par|por|met|od|com|med|na|pa) \w*\d\w*"
    ),
    # the code of a net bank: "il codice dell'home banking che ti ho dettato"
    (
        r"(?:codice|code|codigo|kod|kode|koden|pin|password|passwort|wachtwoord|haslo|senha|losenord|adgangskode|passord)"
        r"(?: \w+){0,2}? (?:dell'|de l'|del |of the |of my |for the |der |de |do |da |til |till |k |ke |na |fur )?"
        r"(?:home ?banking|online ?banking|net ?bank\w*|internet ?bank\w*|banca online|nettbank\w*|netbank\w*|bankid|mitid"
        r"|onlinebanking|e-banking|ebanking|bankovnictvi|bankowosc\w*)"
    ),
    # the login or the user name asked for: "whats the login for the router admin page"
    (
        r"(?:what'?s|whats|what is|tell me|give me|wie (?:ist|lautet)|quel est|cual es|qual e|wat is|jaki jest|vad ar"
        r"|hvad er|hva er|jaky je|jake je) (?:the |my |our |der |die |das |le |la |el |o |a |de |het |il |mi |mon )?"
        r"(?:login|log-in|username|user name|benutzername|identifiant|nom d'utilisateur|usuario|nome utente"
        r"|gebruikersnaam|nazwa uzytkownika|nome de usuario|anvandarnamn|brugernavn|brukernavn|uzivatelske jmeno)"
    ),
    # one-time codes from the bank: "engangskoden fra banken er 6 1 8 2 9 4", "den Bestätigungscode von der Bank"
    (
        r"(?:bestatigungscode|verifizierungscode|freigabecode|engangskod\w*|engangskode\w*|sms-?kod\w*|one-?time (?:code|password)"
        r"|otp|verification code|confirmation code|code de (?:verification|confirmation)|codigo de (?:verificacion|confirmacion"
        r"|verificacao|confirmacao)|codice di (?:verifica|conferma)|verificatiecode|bevestigingscode|kod (?:weryfikacyjny"
        r"|potwierdzajacy|sms)|verifieringskod|bekraeftelseskode|bekreftelseskode|overovaci kod|potvrzovaci kod)\w*"
    ),
    # the Wi-Fi given in the sentence: "the wifi is now bluefrog77", "le wifi c'est croissant88"
    (
        r"(?:wifi|wi-fi|wlan|wi fi)(?:-\w+)?(?: \w+){0,3}? (?:is|ist|c'est|est|es|e|er|ar|je|jest|to|=)(?: now| nu"
        r"| jetzt| maintenant| ahora| adesso| teraz| nyt| na| agora)? (?:[a-z]+[!#$%&*+.@_-]?\d+|\d+[!#$%&*+.@_-]?[a-z]+)\w*"
    ),
    r"(?:wifi|wi-fi|wlan)(?: nu| now| jetzt)? (?:[a-z]+\d+|\d+[a-z]+)\w* (?:is|ist|er|ar|e|es)",
    # split by speech-to-text: "the wifi pass word", "lösen ordet till wifit"
    r"pass (?:words?|wort\w*|ord\w*)",
    r"(?:losen ord|wacht woord|kenn wort|adgangs kode|kode ord|contra sena)\w*",
    r"hasl[oaeu]\w*",
    r"hesl[oaeu]\w*",
    r"senhas?",
    r"palavras?[ -]passe",
    r"losenord\w*",
    r"adgangskode\w*",
    r"kodeord\w*",
    r"passord\w*",
    r"pin ?kod\w*",
    r"kod pin",
    r"numer (?:konta|klienta)",
    r"numero (?:da|de) conta",
    r"numero de cliente",
    r"kontonummer\w*",
    r"kundenummer\w*",
    r"cislo (?:uctu|zakaznika)",
    r"dane logowania",
    r"dados de acesso",
    r"credenciais",
    r"inloggningsuppgifter",
    r"loginoplysninger",
    r"innloggingsinfo\w*",
    r"prihlasovaci udaje",
    r"klucz\w* (?:api|do (?:wifi|sieci))",
    r"chave (?:da|do|de) (?:wifi|wi fi|rede|api)",
    r"api[ -]?(?:nyckel\w*|nogle\w*|nokkel\w*|klic\w*)",
    r"wifi[ -]?(?:haslo|senha|losenord|kode\w*|passord|heslo)",
    r"(?:code|codes|kod|koden|kode|koder|codigo|codice) (?:\w+ ){0,3}?(?:\w+-)?(?:wifi|wi fi|wlan|wi-fi)\w*",
    # the code of a login app or a card: "koden til mitid", "säkerhetskoden till bankid", "o pin do cartão"
    (
        r"(?:code|kod|koden|kode|koderne|codigo|codice|pin|pinen|pinkoden) (?:\w+ ){0,3}?(?:\w+-)?(?:mitid|nemid|netbank|nettbank"
        r"|internetbank|homebanking|online ?banking"
        r"|bankid|digid|vipps|itsme|swish|mobilepay|blik|cartao|carte|tarjeta|karte|kaart|karty|kortet|kortets)\w*"
    ),
    r"(?:sakerhetskod|sikkerhedskode|sikkerhetskode|bezpecnostni kod|kod zabezpieczajacy|veiligheidscode)\w*",
    # the login app before its code, a bank's login: "farfars mitid kode", "login do banku babci"
    (
        r"(?:mitid|nemid|bankid|digid|vipps|itsme|swish|mobilepay|blik)\w*(?: \w+)? (?:kode|koden|kod|code|codigo"
        r"|codice|pin|pinkode|pinkod)(?![a-z])"
    ),
    r"(?:login|haslo) do banku",
    # a school device's or platform's code: "die PIN vom Schul-iPad von Lena", "le code de l'ENT de léa"
    (
        r"(?:code|pin|kod|kode|codigo|codice) (?:\w+ ){0,3}?(?:de l'|de l |del |of the |vom |van de |do |da )?"
        r"(?:ent|pronote|schul-?ipad|ipad|librus|aula|magister|somtoday|itslearning|bakalari)(?![a-z])"
    ),
    r"(?:we|you|i) (?:type|enter|put) (?:in )?(?:on|for|into) the (?:\w+ )?(?:wi ?fi|router|network)",
)
CREDENTIAL_TRIGGERS = (
    *(
        "mitid",
        "nemid",
        "bankid",
        "digid",
        "vipps",
        "itsme",
        "swish",
        "mobilepay",
        "blik",
    ),
    *(
        "curl",
        "authorization",
        "permanente",
        "login",
        "log-in",
        "logon",
        "cl@ve",
        "codice",
        "code",
        "codigo",
        "kod",
        "pin",
        "password",
        "passwort",
        "wachtwoord",
        "haslo",
        "senha",
        "losenord",
        "adgangskode",
        "passord",
        "token",
        "api",
        "klucz",
        "chave",
        "nyckel",
        "nogle",
        "nokkel",
        "klic",
        "what",
        "tell me",
        "give me",
        "wie ",
        "quel",
        "cual",
        "qual",
        "wat ",
        "jaki",
        "vad ",
        "hvad",
        "hva ",
        "jaky",
        "jake",
        "bestatigungscode",
        "verifizierungscode",
        "freigabecode",
        "engangskod",
        "sms",
        "one",
        "otp",
        "verification",
    ),
    *(
        "confirmation",
        "verificatiecode",
        "bevestigingscode",
        "verifieringskod",
        "bekraeftelseskode",
    ),
    *("bekreftelseskode", "overovaci", "potvrzovaci", "wi"),
    *("losen", "wacht", "kenn", "adgangs", "kode", "contra"),
    "cod",
    "sakerhet",
    "sikkerhe",
    "bezpecnost",
    "veiligheid",
    "type",
    "enter",
    "put",
    "hasl",
    "hesl",
    "palavra",
    "kodeord",
    "numer",
    "kontonummer",
    "kundenummer",
    "cislo",
    "dane",
    "dados",
    "credenciais",
    "inloggning",
    "loginoplysninger",
    "innlogging",
    "prihlasovaci",
    "zugangsdaten",
    "anmeldedaten",
    "identifiant",
    "credenciales",
    "credenziali",
    "inloggegevens",
    "brugernavn",
    "brukernavn",
    "anvandarnamn",
    "wifi",
)

CARD = (
    r"kart[aey] (?:kredytow\w*|platnicz\w*|debetow\w*)",
    r"numer karty",
    r"cartao de (?:credito|debito)",
    r"numero do cartao",
    r"kreditt?kort\w*",
    r"betalkort\w*",
    r"bankkort\w*",
    r"dankort\w*",
    r"kortnummer\w*",
    r"platebni kart\w*",
    r"kreditni kart\w*",
    r"debetni kart\w*",
    r"cislo karty",
)

BANK_ACCOUNT = (
    r"sort ?code",
    r"(?:bank|plus)giro\w*",
    r"numer rachunku",
    r"rachun\w* bankow\w*",
    r"kont\w* bankow\w*",
    r"conta bancaria",
    r"bankkonto\w*",
    r"clearingnummer",
    r"bankovni ucet",
    r"bankovniho uctu",
)

# Ids whose name alone says the utterance is about one (national, tax and health-insurance numbers).
NATIONAL_ID = (
    r"pesel\w*",
    r"numer\w* (?:dowodu|paszportu|nip|ubezpieczenia)",
    r"dowod\w* osobist\w*",
    r"numero (?:de|do) (?:contribuinte|passaporte|utente|seguranca social|cartao de cidadao)",
    r"cartao de cidadao",
    r"bilhete de identidade",
    r"seguranca social",
    r"cpf",
    r"niss",
    r"personnummer\w*",
    r"samordningsnummer",
    r"passnummer\w*",
    r"passnumr\w*",
    r"pasnummer\w*",
    r"id-kort\w*",
    r"legitimation\w*",
    r"cpr\w*",
    r"sygesikringskort\w*",
    r"sundhedskort\w*",
    r"fodselsnummer\w*",
    r"d-nummer\w*",
    r"rodn\w* cisl\w*",
    r"cisl[oau] (?:pasu|obcanky|obcanskeho prukazu|pojistence|pojisteni)",
    r"obcansk\w* prukaz\w*",
    r"obcank\w*",
    r"kartick\w* pojistence",
    r"kvnr",
    r"egk",
    r"krankenkassennummer",
    r"krankenversichertennummer",
    r"versichertennummer",
    r"versichertenkarte",
    r"gesundheitskarte",
    r"steuernummer",
    r"rentenversicherungsnummer",
    r"numero de nie",
    r"numero del nie",
    r"el nie",
    r"tarjeta nie",
    r"nif",
    r"nuss",
    r"tarjeta sanitaria",
    r"tarjeta de residencia",
    r"numero fiscal",
    r"numero de securite sociale",
    r"sofinummer",
    r"zorgpas",
    r"id[ -]kaart",
    r"medicare (?:number|card|id)",
    r"medicaid (?:number|card|id)",
    r"mbi",
    r"nhs number",
    r"health insurance (?:number|card|id)",
    r"insurance (?:number|id)",
    r"tax (?:number|file number)",
    r"national id(?: number)?",
    r"residence permit",
    # residence permits
    r"aufenthalts(?:titel|erlaubnis|genehmigung)\w*",
    r"(?:titre|carte) de sejour",
    r"permiso de residencia",
    r"permesso di soggiorno",
    r"verblijfs(?:vergunning|document)\w*",
    r"kart\w* pobytu",
    r"zezwoleni\w* na pobyt",
    r"(?:titulo|autorizacao) de residencia",
    r"uppehalls(?:tillstand|kort)\w*",
    r"opholds(?:tilladelse|kort)\w*",
    r"oppholds(?:tillatelse|kort)\w*",
    r"povoleni k pobytu",
    # insurance policy and patient numbers
    r"polic\w*nummer\w*",
    r"polis\w*nummer\w*",
    r"versicherungsnummer\w*",
    r"forsakringsnum\w*",
    r"numero (?:de|da|della|di) (?:la |l')?(?:poliza|police|polizza|apolice)",
    r"numer\w* polisy",
    r"cisl\w* pojist\w*",
    r"patient\w*nummer\w*",
    r"pasientnummer\w*",
    r"patient (?:number|id)",
    r"numero de (?:historia clinica|paciente|patient|processo clinico)",
    r"numero (?:del paziente|di cartella clinica|do paciente|de utente)",
    r"numer\w* pacjenta",
    r"cisl\w* pacienta",
    # tax numbers: the Czech DIČ, the Polish NIP (said with an owner, not the English "nip"), the French "sécu"
    r"dic",
    r"(?:moj\w*|twoj\w*|nasz\w*|jego|jej|numer\w*|podaj) nip",
    r"numero de secu",
)

# Injured: a household member's or the speaker's injury is their health ("is Emma still injured"); a footballer's
# is sports news.
INJURED = (
    r"injured|injury|injuries|verletzt\w*|verletzung\w*|blesse[es]?|blessure\w*|lesionad[oa]s?|lesion(?:es)?"
    r"|infortunat[oa]|infortunio|geblesseerd|zranion\w*|zranen[aiy]\w*|zranil\w*|machucad[oa]s?|lesao|skadad|skadat"
    r"|skadet|kontuzj\w*|gescheurde \w+|enkelband\w*|kruisband\w*|kreuzband\w*|distensao|stiramento|strappo muscolare"
    r"|naciagni\w*|torn (?:ligament|muscle|acl)|ligamento (?:roto|rotto)|rotura de ligamento"
    # a wound's dressing changed: "mudar o penso do joelho da lena", "den Verband wechseln"
    r"|mudar o penso|trocar o penso|curativo|change (?:the|her|his|my) (?:dressing|bandage)|verband wechseln"
    r"|pansement|vendaje|medicazione|opatrun\w*|obvaz\w*|prevaz\w*|forbinding\w*|bandasje\w*"
)

# The speaker bitten or stung by an animal, or a part of them swollen after it: their injury, whatever the pet's
# name says ("me ha mordido el perro del vecino y se me ha hinchado").
SPEAKER_BITTEN = (
    r"(?:bit|bitten|stung|scratched) me|i (?:got|was|have been) (?:bitten|stung)|i'?ve been (?:bitten|stung)"
    r"|me (?:ha|han) (?:mordido|picado)|me (?:mordio|pico) (?:el|la|un|una)|se me (?:ha|han) (?:hinchado|inflamado)"
    r"|mich (?:\w+ )?(?:gebissen|gestochen)|(?:bin|wurde) (?:\w+ )?(?:gebissen|gestochen)"
    r"|m'a mordu\w*|je me suis fait (?:mordre|piquer)|j'ai ete (?:mordu|pique)\w*"
    r"|mi ha (?:morso|punto)|sono stat[oa] (?:mors|punt)[oa]"
    r"|(?:me|mij) (?:gebeten|gestoken)|ben (?:\w+ )?(?:gebeten|gestoken)"
    r"|(?:ugryzl|pogryzl|uzadlil|podrapal)\w* mnie|mnie (?:ugryzl|pogryzl|uzadlil|podrapal)\w*|zostal(?:em|am) (?:ugryzion|pogryzion|uzadlon)\w*"
    r"|(?:me mordeu|mordeu-me|me picou|picou-me)|fui (?:mordid|picad)[oa]"
    r"|(?:bet|bitit|stack) mig|(?:blev|har blivit) (?:biten|stucken)"
    r"|(?:bed|bidt|stak) mig|(?:blev|er blevet) (?:bidt|stukket)"
    r"|(?:bet|beit|stakk) meg|(?:ble|har blitt|er blitt) (?:bitt|bitet|stukket)"
    r"|(?:kousl|pokousal|stipl|bodl|poskrabal)\w* me|(?:me|mne) (?:kousl|pokousal|stipl|bodl|poskrabal)\w*|(?:byl|byla) jsem (?:pokousan|ustknut|postipan)\w*"
)

# A passport, and the short words for it that only some languages use ("Elsas pass", "Freyas pas").
PASSPORTS = r"passports?|reisepass\w*|paspoort\w*|pasaportes?|passeports?|passaport[oi]|passaporte|paszport\w*"
PASSPORTS_IN = {
    "sv": r"|pass|passet|passen",
    "nb": r"|pass|passet|passen",
    "da": r"|pas|passet",
    "cs": r"|pas|pasu|pasem|pasy",
}

# Words naming an identity or insurance document: with a long number near them, the number is that id.
DOCUMENTS = (
    r"passports?",
    r"reisepass\w*",
    r"paspoort\w*",
    r"pasaportes?",
    r"passeports?",
    r"passaport[oie]s?",
    r"passaporte",
    r"paszport\w*",
    r"pass(?:et)?",
    r"pas(?:u|em)?",
    r"ausweis\w*",
    r"id card",
    r"id number",
    r"id-kort",
    r"id kort",
    r"dni",
    r"nie",
    r"nif",
    r"nip",
    r"cpf",
    r"kvnr",
    r"egk",
    r"mbi",
    r"medicare",
    r"medicaid",
    r"krankenkasse\w*",
    r"versicherten\w*",
    r"insurance",
    r"ubezpieczeni\w*",
    r"seguro",
    r"assicurazion\w*",
    r"verzekering\w*",
    r"forsikring\w*",
    r"forsakring\w*",
    r"pojist\w*",
    r"documento",
    r"dokument\w*",
    r"licen[cs]e",
    r"fuhrerschein\w*",
    r"permis",
    r"carnet",
    r"prukaz\w*",
    r"tax id",
    r"steuer ?id\w*",
    r"codice fiscale",
    r"contribuinte",
)
# A number that can be an id: six or more digits, or a code mixing letters and three or more digits.
ID_NUMBER = r"(?:\d[ ./-]?){5,}\d|(?=[a-z0-9]*\d[a-z0-9]*\d[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6,}"

# Body parts, as each language names them after a possessive or article, for "broke my wrist" and its kin.
_BODY_EN = (
    r"(?:arms?|legs?|wrists?|ankles?|knees?|hips?|shoulders?|elbows?|fingers?|toes?|foot|feet|hands?|back|neck"
    r"|ribs?|nose|jaw|collarbone|thumbs?|hamstring|achilles|spine|tailbone|skull|cheekbone|shin|heel|groin)"
)
# Without the words that also name parts of things (the back door, a clock's hand, a bottle's neck).
_LIMB_EN = r"(?:arms?|legs?|wrists?|ankles?|knees?|hips?|shoulders?|elbows?|fingers?|toes?|foot|feet|ribs?|nose|jaw|collarbone|thumbs?)"
_BODY_DE = (
    r"(?:arm|arme|bein|beine|handgelenk|knochel|knie|hufte|schulter|ellbogen|ellenbogen|finger|zeh|zehe|zehen|fuß|fuss|fu[ßs]e"
    r"|hand|hande|rucken|nacken|rippe|rippen|nase|nasenbein|kiefer|schlusselbein|daumen|sprunggelenk|knie|kopf)"
)
_BODY_FR = (
    r"(?:bras|jambes?|poignets?|chevilles?|genoux?|hanches?|epaules?|coudes?|doigts?|orteils?|pieds?|mains?|dos|cou"
    r"|cotes?|nez|machoire|clavicule|pouces?|tibia|talon)"
)
_BODY_ES = (
    r"(?:brazos?|piernas?|munecas?|tobillos?|rodillas?|caderas?|hombros?|codos?|dedos?|pies?|manos?|espalda|cuello"
    r"|costillas?|nariz|mandibula|clavicula|pulgar|tibia|talon)"
)
_BODY_IT = (
    r"(?:braccio|braccia|gamba|gambe|polso|polsi|caviglia|caviglie|ginocchio|ginocchia|anca|spalla|spalle|gomito"
    r"|dito|dita|piede|piedi|mano|mani|schiena|collo|costola|costole|naso|mascella|clavicola|pollice|femore|menisco|tallone)"
)
_BODY_NL = (
    r"(?:arm|armen|been|benen|pols|polsen|enkel|enkels|knie|knieen|heup|schouder|elleboog|vinger|vingers|teen|tenen"
    r"|voet|voeten|hand|handen|rug|nek|rib|ribben|neus|kaak|sleutelbeen|duim|hiel)"
)
_BODY_PL = (
    r"(?:reka|reki|reke|noga|nogi|noge|nadgarstek|nadgarstka|kostka|kostki|kostke|kolano|kolana|biodro|biodra|bark|barku"
    r"|ramie|ramienia|lokiec|lokcia|palec|palca|palce|stopa|stopy|stope|dlon|dloni|plecy|plecow|szyja|szyi|zebro|zebra"
    r"|zeber|nos|nosa|szczeka|szczeki|obojczyk|obojczyka|kciuk|kciuka|kregoslup|kregoslupa)"
)
_BODY_PT = (
    r"(?:bracos?|pernas?|pulsos?|tornozelos?|joelhos?|anca|quadril|ombros?|cotovelos?|dedos?|pes?|maos?|costas|pescoco"
    r"|costelas?|nariz|maxilar|clavicula|polegar|calcanhar)"
)
# Swedish, Danish and Norwegian share most words for body parts (folded: knæ -> kne, hånd -> hand).
_BODY_NORDIC = (
    r"(?:armen|arm|benet|ben|beinet|bein|handleden|handleddet|handledd|foten|foden|fotleden|ankeln|anklen|ankelen|knat"
    r"|knaet|kneet|kne|hoften|axeln|skulderen|skuldra|armbagen|albuen|albogen|fingret|fingern|fingeren|tan|taen|toa"
    r"|handen|hand|ryggen|nacken|nakken|revbenet|ribbenet|ribbeinet|nasan|nesen|kaken|keben|kjeven|nyckelbenet"
    r"|kragebenet|kragebeinet|tummen|tommelen|tommelfingeren)"
)
_BODY_CS = (
    r"(?:ruka|ruku|ruce|noha|nohu|nohy|zapesti|kotnik|kotniku|koleno|kolena|kycel|kycle|rameno|ramena|loket|lokte"
    r"|prst|prsty|palec|chodidlo|dlan|zada|krk|zebro|zebra|nos|celist|klicni kost|klicni kosti)"
)

# One's own body, or a family member's, named after a possessive: "my stomach", "la mia schiena", "ryggen min".
# The parts that also name parts of things or are terms of endearment ("my back door", "mon cœur") are left out
# or fenced.
_ORGANS_EN = (
    r"(?:stomach|tummy|belly|throats?|skin|ears?|teeth|tooth|gums?|lungs?|bladder|bowels?|kidneys?|liver|eyes?(?! on)"
    r"|head(?! of)|chest(?! freezer| of drawers))"
)
_LIMBS_DE = (
    _BODY_DE[:-1]
    + r"|magen|bauch|hals|brust|haut|auge|augen|ohr|ohren|zahn|zahne|zahnfleisch|lunge|blase|darm|niere|nieren)"
)
_LIMBS_FR = (
    _BODY_FR[:-1]
    + r"|ventre|estomac|tete|gorge|poitrine|peau|yeux|oeil|oreilles?|dents?|gencives?|poumons?|vessie|reins|nuque)"
)
_LIMBS_ES = (
    _BODY_ES[:-1]
    + r"|estomago|barriga|tripa|panza|cabeza|garganta|pecho|piel|ojos?|oidos?|dientes?|muelas?|encias|pulmones|vejiga|rinones|nuca)"
)
_LIMBS_IT = (
    _BODY_IT[:-1]
    + r"|stomaco|pancia|testa|gola|petto|pelle|occhio|occhi|orecchio|orecchie|denti|dente|gengive|polmoni|vescica|reni)"
)
_LIMBS_NL = (
    _BODY_NL[:-1]
    + r"|maag|buik|hoofd|keel|borst|huid|oog|ogen|oor|oren|tanden|kies|tandvlees|longen|blaas|nieren)"
)
_LIMBS_PL = (
    _BODY_PL[:-1]
    + r"|brzuch|brzucha|zoladek|zoladka|glowa|glowe|glowy|gardlo|gardla|skora|skore|oczy|oko|ucho|uszy|zeby|dziasla|pluca|pecherz|nerki)"
)
_LIMBS_PT = (
    _BODY_PT[:-1]
    + r"|estomago|barriga|cabeca|garganta|peito|pele|olhos?|ouvidos?|dentes?|gengivas?|pulmoes|bexiga|rins)"
)
_LIMBS_NORDIC = _BODY_NORDIC[:-1] + (
    r"|rygg|ryg|mage|magen|maven|mave|huvud|huvudet|hoved|hovedet|hode|hodet|hals|halsen|brost|brostet|bryst|brystet|hud|huden"
    r"|ogon|ogonen|ojne|ojnene|oyne|oynene|ora|orat|ore|oret|orene|oron|tander|tanderna|tenner|tennene|tender|tenderne"
    r"|lungor|lunger|lungene|blasa|blaere|blaeren|blare)"
)
_LIMBS_CS = (
    _BODY_CS[:-1]
    + r"|bricho|bricha|zaludek|zaludku|hlava|hlavu|hlavy|hrdlo|hrudnik|kuze|kuzi|oci|oko|ucho|usi|zuby|dasne|plice|mechyr|ledviny)"
)
_SIDE = r"(?:(?:left|right|lower|upper|linke[nrm]?|rechte[nrm]?|unteren?|oberen?) )?"
_NORDIC_DEFINITE = (
    r"(?:ryggen|magen|maven|hodet|huvudet|hovedet|halsen|kneet|knaet|foten|foden|armen|beinet|benet|handen|skulderen"
    r"|skuldra|axeln|nakken|nacken|hoften|huden|oynene|ogonen|ojnene|oret|orat|tennene|tanderna|tenderne|brystet|brostet)"
)
# Brushing one's teeth is the evening routine, not one's health.
_BRUSHING_TEETH = "".join(
    f"(?<!{verb} {owner} teeth)"
    for verb in ("brush", "brushing", "brushed", "brushes", "clean")
    for owner in ("my", "his", "her", "their")
)
OWN_BODY = (
    r"(?:my|his|their) "
    + _SIDE
    + r"back(?! (?:door|yard|garden|porch|deck|patio|gate|lights?|room|bedroom|office"
    r"|seat|steps?|wall|fence|lawn|up|home|entrance|to|then|in|on|there|here|when|and|at|from|now|with|soon|of|end))",
    r"(?:my|his|her|their) "
    + _SIDE
    + r"(?:"
    + _LIMB_EN
    + r"|hands?|neck(?! of)|"
    + _ORGANS_EN
    + r")(?! (?:are|is) (?:full|free|tied))"
    + _BRUSHING_TEETH,
    r"(?:mein|meine|meinen|meinem|meiner|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer) "
    + _SIDE
    + _LIMBS_DE,
    # Spanish "son dos" is "they are two"
    r"(?:mon|ma|mes|sa|ses|son(?! dos)) " + _LIMBS_FR,
    r"(?:mi|mis|su|sus) " + _LIMBS_ES,
    r"(?:mio|mia|miei|mie|suo|sua|suoi|sue) " + _LIMBS_IT,
    r"(?:mijn|m'n|zijn|z'n|haar) " + _LIMBS_NL,
    r"(?:moj|moja|moje|mojego|mojej|moim|moich|jego|jej) " + _LIMBS_PL,
    r"(?:meu|minha|meus|minhas|seu|sua|seus|suas) " + _LIMBS_PT,
    r"(?:min|mitt|mina|mine|hans|hennes|hendes|hennar) " + _LIMBS_NORDIC,
    _NORDIC_DEFINITE + r" (?:min|mitt|mina|mine|hans|hennes|hendes)",
    r"(?:muj|moje|moji|mou|me|meho|mem|mym|jeho|jeji) " + _LIMBS_CS,
    # swollen lips or eyes, and weeks of a pregnancy
    (
        r"(?:hoven|hovne|hovent|opuchl\w*|otekl\w*|gonfi[ao]t[ao]|geschwollen\w*|gezwollen) (?:\w+ )?"
        r"(?:lepper|leppene|lippen|lippe|labbra|labios|levres|usta|rty|rtu|ansikt|ansiktet|oci|augen|ogen|occhi|yeux|ojos)"
    ),
    r"(?:bin|ben) (?:jetzt |nu |gerade |schon |al )?in (?:der|week) (?:\d+\.? |\w+ten )?(?:woche|\d+)",
    r"weeks? along",
)

# Parents and grandparents, as a household calls them: "papa est encore tombé", "la tensión al abuelo".
ELDERS_AND_PARENTS = (
    r"(?:grandma|grandpa|granny|grandad|granddad|grandmother|grandfather|gran|nan|nana|mum|mom|dad|oma|opa|mama|papa|maman|mamie|papi|meme|pepe|abuela|abuelo|nonna"
    r"|nonno|mamma|babcia|dziadek|dziadka|babci|avo|avó|vo|vovo|mormor|farmor|morfar|farfar|bestemor|bestefar|babicka"
    r"|babicky|deda|dedy|tata|tato|taty|mae|pai)"
)
# Emergency buttons, personal alarms and fall sensors of the elderly
EMERGENCY_CALLS = (
    r"(?:emergency button|panic button|sos button|alarm button|help button|alarm pendant|notruf\w*|hausnotruf\w*"
    r"|alarmknop\w*|noodknop\w*|bouton d'urgence|bouton d'appel|bouton sos|teleassistance|telealarme|boton de emergencia"
    r"|boton del panico|boton sos|teleasistencia|pulsante (?:di emergenza|sos|di chiamata)|telesoccorso"
    r"|przycisk\w* (?:alarmow\w*|sos|ratunkow\w*)|botao de (?:emergencia|panico)|botao sos|nodknapp\w*|trygghetslarm\w*"
    r"|alarmknapp\w*|larmknapp\w*|alarmknap\w*|nodkald\w*|trygghedsalarm\w*|sos-knap\w*|tisnov\w* tlacitk\w*|nouzov\w* tlacitk\w*"
    r"|fall (?:detector|sensor|alarm)\w*|sturz(?:sensor|melder|erkennung|alarm)\w*|(?:detecteur|capteur) de chute\w*"
    r"|(?:sensor|detector) de (?:caidas|caida|quedas|queda)|(?:sensore|rilevatore) (?:di )?caduta"
    r"|val(?:detector|sensor|alarm)\w*|czujnik\w* upadku|(?:detektor|senzor|cidlo) padu|fall(?:sensor|larm)\w*"
    r"|fald(?:sensor|alarm|detektor)\w*)"
)
# Psychology studied, not seen: "mijn psychologieboek", "my psychology textbook".
NOT_STUDIED = r"(?!\w*(?:boek|buch|bok|bog|studie|studium|kurs|vak|klausur|prufung))"
NOT_A_SUBJECT = (
    r"(?! (?:book|textbook|class|course|exam|lecture|degree|homework|essay))"
)
# A lump, a swelling or a rash on a part of the body: "j'ai une petite boule sous l'aisselle", "mam guzek pod pachą".
_LUMPS = (
    r"(?:lumps?|swelling|rash|cyst|knoten|knubbel|beule|schwellung|ausschlag|zyste|boule|grosseur|kyste|bulto|quiste"
    r"|sarpullido|hinchazon|nodul[oi]|bozz[oi]|gonfiore|cisti|eruzione|knobbel\w*|bult\w*|zwelling|uitslag|cyste|guz\w*"
    r"|obrzek|wysypk\w*|torbiel|caroco|inchaco|quisto|knol|knolen|knuta|svullnad|utslag|cysta|knude|knuden|havelse"
    r"|udslet|kul|klump|hevelse|utslett|bulk\w*|boulk\w*|otok|vyrazk\w*)"
)
_BODY_PARTS = (
    r"(?:armpit|breast|neck|groin|testicles?|achsel|brust|hals|nacken|leiste|hoden|aisselle|sein|cou|aine|axila|pecho"
    r"|seno|cuello|ingle|ascella|collo|inguine|oksel|borst|nek|lies|pach\w*|piersi|szyi|pachwin\w*|peito|mama|pescoco"
    r"|virilha|braco|armhalan|brostet|halsen|ljumsken|armhulen|under armen|brystet|lysken|podpazi|prsou|krku|trislech"
    r"|tr[ie]sle)"
)
HEALTH = (
    _LUMPS + r"(?: [\w']+){0,4}? (?:l'|d')?" + _BODY_PARTS + r"(?![a-z])",
    # a thrush cream on the list, the blood pressure taken: "me he tomado la tensión y tenía catorce con nueve"
    r"thrush|candida|canesten",
    r"(?:tomado|tomar|tome|medido|medir|medi) (?:\w+ )?(?:la )?tension",
    # a body temperature that someone has: "zapiš že teď má 37,8", "apunta que ahora tiene 37,5"
    (
        r"(?:has|hat|tiene|tengo|heeft|ma|mam|tem|tenho|har|hast|ho|hai|est a|esta a|sta a) (?:\w+ )?(?:3[6-9]|4[0-2])"
        r"[.,]\d(?![\d.,])"
        r"(?! ?(?:%|°|grad\w*|degre\w*|grados|gradi|graus|stop\w*|inch\w*|zoll|cm|mm|kwh|kg|eur\w*|€|kr|zl|kc|lit\w*))"
    ),
    # tests, scopes, specialists and conditions that name a treatment: "odběry krve nalačno", "la colonscopia"
    r"odber\w* krve",
    r"krevni (?:test\w*|odber\w*)",
    r"badani[ae] krwi",
    r"colheita de sangue",
    r"analis[ie]s? (?:de|del|ao) sangu?e",
    r"esami del sangue",
    r"bloedafname",
    r"gastrosk\w*",
    r"gastrosc\w*",
    r"colonosc\w*",
    r"colonsc\w*",
    r"coloscop\w*",
    r"endosc\w*",
    r"endosk\w*",
    r"dietolog\w*",
    r"dietist\w*",
    r"endokrynolog\w*",
    r"glaucom\w*",
    r"glaukom\w*",
    r"tinnitus\w*",
    r"pseudokrupp",
    r"pseudocroup",
    r"krupp(?:husten)?",
    r"blutverdunner\w*",
    r"bloedverdunner\w*",
    r"blodfortynn\w*",
    r"blodfortunn\w*",
    r"anticoagul\w*",
    r"hemodiali\w*",
    r"hemodialy\w*",
    r"haemodialy\w*",
    r"dialys\w*",
    r"dialis[ie]s?",
    r"dializ\w*",
    r"nierproblem\w*",
    r"insufici[eê]ncia renal",
    r"insuficiencia renal",
    r"insuffisance renale",
    r"insufficienza renale",
    r"niereninsuffizienz",
    r"niewydolnosc\w* nerek",
    r"njursvikt",
    r"nyresvigt",
    r"nyresvikt",
    r"brystkraeft",
    r"brystkreft",
    r"brostcancer",
    r"brustkrebs",
    r"borstkanker",
    r"cancer du sein",
    r"cancro (?:da|della) mama",
    r"tumore al seno",
    r"rak piersi",
    r"rakovin\w* prsu",
    r"fedmeoperasjon\w*",
    (
        r"(?:did i take|have i taken|har jeg tatt|har jag tagit|har jeg taget|czy wzial\w*|hab ich (?:\w+ ){0,3}?genommen"
        r"|ai-je pris|he tomado|me he tomado|ho preso|heb ik (?:\w+ ){0,3}?genomen|ja tomei|vzal(?:a)? jsem)(?: \w+){0,4}?"
        r" (?:\w+ )?(?:min|mine|mitt|my|meine?n?|moj\w*|mes|mis|i miei|mijn|meus|minhas|svuj|svoje|pill\w*|tablet\w*"
        r"|medicine|meds|medication|lek\w*|pastill\w*|pillol\w*|comprimid\w*|tablett\w*|piller|medisin\w*|medicin\w*"
        r"|eutyroks|euthyrox|letrox|levothyrox|albyl\w*)(?![a-z])"
    ),
    # someone took their pills or drops: "did grandma take her morning tablets", "la nonna ha preso le gocce"
    (
        r"(?:take|took|taken|had|genommen|eingenommen|pris|tomado|tomo|tomou|preso|ingenomen|gehad|wzial\w*|wziela\w*"
        r"|tagit|taget|tatt|vzal\w*|brala)(?: \w+){0,4}? (?:tablets|pills?|drops|meds|medication|medicine|capsules?"
        r"|tabletten|tropfen|medikament\w*|pillen|comprimes|cachets|gouttes|medicaments?|pastillas|gotas|medicinas?"
        r"|compresse|pillole|gocce|medicijn\w*|\w*pil|\w*pillen|tabletki|krople|leki|lekarstw\w*|comprimidos|remedios"
        r"|tabletter|piller|droppar|draber|draper|dropper|medisin\w*|medicin\w*|prasky|kapky|leky)(?![a-z])"
    ),
    (
        r"(?:pil|pillen|plaspil|slaappil\w*|bloeddrukpil\w*|tabletten|schlaftabletten|wassertabletten|tropfen|medikamente"
        r"|medicijnen)(?: \w+){0,3}? (?:genommen|eingenommen|ingenomen|gehad|genomen)"
    ),
    (
        r"bed ?sensor\w*|sengesensor\w*|sangsensor\w*|capteur de lit|sensor de (?:la )?cama|sensore (?:del )?letto"
        r"|czujnik\w* (?:w )?lozk\w*|sensor da cama|senzor\w* (?:v )?postel\w*|sleep ?tracker\w*|schlaftracker\w*"
        r"|tracker de sommeil|monitor de sueno|sovtracker\w*|sovnmaler\w*|sovmaler\w*|sleep (?:score|mat)|slaapscore"
        r"|sovnscore|sovscore|schlafscore|deep sleep|tiefschlaf|sommeil profond|sueno profundo|sonno profondo|diepe slaap"
        r"|gleboki sen|sono profundo|djupsomn|dyb sovn|dyp sovn|hluboky spanek|oura\w*|withings"
    ),
    (
        r"how (?:long|many hours|well) did i sleep|wie lang(?:e)? hab(?:e)? ich (?:\w+ ){0,3}?geschlafen"
        r"|j'ai dormi combien|combien d'heures j'ai dormi|cuantas horas dormi|quante ore ho dormito|hoeveel uur heb ik"
        r" geslapen|ile spalem|ile godzin spal\w*|quantas horas dormi|hur (?:lange|manga timmar) sov jag"
        r"|hvor (?:lenge|godt|mange timer) sov jeg|hvor laenge sov jeg|kolik hodin jsem spal\w*"
    ),
    (
        r"(?:hvad vejer jeg|cuanto peso|ile waze|quanto (?:e que )?eu peso|hva (?:veide|veier) jeg|vad vager jag"
        r"|hoeveel weeg ik|wie viel wiege ich|combien je pese|quanto peso|kolik vazim|how much do i weigh"
        r"|what do i weigh|what did i weigh|quanto pesavo)"
    ),
    (
        r"(?:waage|scale|weegschaal|bilancia|bascula|balanca|waga|vagen|vaegten|vekta|vaha)(?: \w+){0,5}? (?:says?|said"
        r"|shows?|showed|reads?|zeigt|angezeigt|dit|affiche|dice|marca|segna|zegt|pokazuje|pokazala|mostra|mostrou|visar"
        r"|visade|viser|viste|ukazuje|ukazala)(?![a-z])|(?:says?|said|shows?|showed|zeigt|zeigte|dit|dice|marca|segna|zegt"
        r"|pokazuje|pokazala|mostra|mostrou|visar|visade|viser|viste|sa|ukazuje|ukazala)(?: \w+){0,2}? (?:die |the |de |la "
        r"|el |o |a |il )?(?:waage|scale|weegschaal|bilancia|bascula|balanca|wag[aie]|vagen|vaegten|vekta|vaha)(?![a-z])"
    ),
    r"mesure de tension|sfigmomanometr\w*|pressione (?:di stamattina|massima|minima)|blodtrycket|blodtrykket",
    r"glykemi\w*|glikemi\w*|glycemi\w*|glucemi\w*|freestyle libre|na libre|libre sensor\w*|dexcom|jaki cukier ma|nema hypo",
    (
        r"hartklopping\w*|herzrasen|herzstolpern|palpitation\w*|palpitacion\w*|palpitazion\w*|kolatani\w* serca"
        r"|palpitac\w*|hjartklappning\w*|hjertebanken|hjertebank|buseni srdce"
    ),
    (
        r"krew w moczu|blood in (?:my |the |his |her )?(?:urine|stool|pee)|blut im (?:urin|stuhl)|sang dans (?:les|mes) urines"
        r"|sangre en la orina|sangue nelle urine|bloed in (?:de |mijn )?(?:urine|plas)|sangue na urina|blod i urinen|krev v moci"
    ),
    (
        r"rusavhengig\w*|rusmisbruk\w*|alkoholavhengig\w*|alkoholism\w*|addiction|suchtklinik|drogensucht|alkoholsucht"
        r"|spielsucht|suchtberatung|adiccion\w*|dipendenz[ae]|verslaving\w*|uzaleznieni\w*|missbruk\w*|misbrug\w*"
        r"|zavislost\w*|dependance"
    ),
    (
        r"(?:mierzyl\w*|merila|meril|measured|gemessen|mesure|medido|misurat\w*|gemeten|mediu|matt|malt|malte|mate)"
        r"(?: \w+){0,3}? (?:cukier|cukr|sugar|zucker|blutzucker|sucre|glycemie|azucar|glucemia|glicemia|glucose|suiker"
        r"|bloedsuiker|acucar|glicose|blodsocker|blodsukker)"
    ),
    r"motala hlava|zle sie czula|zle sie czuje|se jí motala|feels? (?:dizzy|unwell|faint)",
    r"hjertemedicin\w*|hjartmedicin\w*|hjertemedisin\w*|blodtryksmedicin\w*|blodtrycksmedicin\w*|blodtrykksmedisin\w*",
    r"endocrino",
    r"apnea|apnee|apnoe|apneu|bezdech\w*",
    r"gigt",
    r"(?:ze|hij|oma|opa|mama|papa|moeder|vader) is (?:\w+ ){0,3}?gevallen",
    (
        r"(?:jeg|vi) ammer|amning\w*|ich stille|j'allaite|allaitement|amamant\w*|allatt\w*|borstvoeding"
        r"|karmi\w* piersia|amament\w*|jag ammar|kojim|kojeni"
    ),
    r"fettprosent\w*",
    r"mon mal (?:de|au|aux) \w+",
    r"sterydy|sterydow|sterydami",
    r"tlakomer\w*",
    r"blutdruckmessgerat\w*",
    r"tensiometr\w*",
    r"bloeddrukmeter\w*",
    r"cisnieniomierz\w*",
    r"blodtrycksmatare",
    r"tensao (?:da|do|arterial)",
    # a blood-pressure monitor or a glucose meter, read by an automation too ("il misuratore di pressione")
    r"misurator\w* (?:di|della) pressione",
    r"medidor(?:es)? de (?:tensao|pressao|tension|glicose|glucosa)",
    r"blood pressure (?:monitor|cuff|meter)",
    r"blodtryksmaler\w*",
    r"blodtrykksmaler\w*",
    r"gluco ?met\w*|glukometr\w*|glukometer\w*|blutzuckermessgerat\w*|lecteur de glycemie|freestyle libre",
    r"hemtjanst\w*",
    r"hjemmepleje\w*",
    r"hjemmesykepleie\w*",
    r"hjemmetjeneste\w*",
    r"pflegedienst\w*",
    r"aide a domicile",
    r"ayuda a domicilio",
    r"assistenza domiciliare",
    r"forbinding(?:en)? pa",
    r"skift\w* forbinding\w*",
    # sleep lost, said of oneself: "už týden nemůžu spát", "no pego ojo", "trzecia noc bez snu"
    (
        r"nemuzu spat|nemohu spat|no pego ojo|no puedo dormir|non riesco a dormire|je n'arrive (?:pas|plus) a dormir"
        r"|i can'?t sleep|kann nicht (?:mehr )?schlafen|kan (?:niet|inte|ikke) (?:meer )?(?:slapen|sova|sove)"
        r"|nie moge spac|noc\w* bez snu|nao consigo dormir|ligget vagen|ich schlaf\w* seit \w+ (?:keine|kaum|nur)"
        r"|(?:wake|woken|waking) up every night|me reveille toutes les nuits|mi sveglio sempre|me despierto cada noche"
        r"|vaknet klokka \w+ hver natt|vaknar varje natt|vagner hver nat"
    ),
    # what a person weighs: "wie viel hat jonas heut früh gewogen", "quanto pesava matteo stamattina"
    (
        r"(?:wie ?viel|how much|quanto|combien|cuanto|hoeveel|ile|hvor (?:mye|meget)|hur mycket|kolik)(?: \w+){0,4}?"
        r" (?:gewogen|wiegt|weighs|weighed|pesava|pesa|pese|pesait|pesaba|pesaba|woog|weegt|wazy|wazyl\w*|pesou|vejer"
        r"|vejede|veier|veide|vager|vagde|vazi|vazil\w*)"
    ),
    # a food someone cannot take: "elle est intolérante aux deux", "elsa blir dålig av mjölk"
    (
        r"(?:soy|sono|je suis|elle est|il est|ik ben|jestem|sou|jag ar|jeg er|jsem|ich bin|er ist|sie ist|she'?s|he'?s"
        r"|i'?m|i am|es|e|est|is|ist|jest|ar|er|je) (?:\w+ )?(?:intoleran\w*|allergi\w*|alergic\w*|allergique\w*"
        r"|allergisch\w*|uczulon\w*|alergick\w*|celia\w*|zoliak\w*|coelia\w*)"
    ),
    r"(?:blir|bliver) (?:\w+ )?(?:dalig|darlig|syg|sjuk|daarlig) (?:av|af)",
    # a swollen or bloated belly, a burning when peeing, blood pressure and a tight chest
    (
        r"(?:ventre|barriga|pancia|buik|bauch|brzuch|bricho|mage|mave|magen|belly|stomach|tummy|tripa|maag) (?:\w+ )?"
        r"(?:gonfle|hinchad[ao]|gonfi[ao]|opgezwollen|opgeblazen|aufgeblaht|geschwollen|wzdety|spuchniety|nafoukl\w*"
        r"|oppblast|uppblast|svullen|hovent|oppustet|bloated|swollen|distended|inchad[ao])"
    ),
    (
        r"(?:brule|brucia|arde|pica|brennt|svider|svir) (?:\w+ ){0,3}?(?:pipi|faire pipi|fait pipi|orinar|mear|hacer pis|pisciare"
        r"|fare pipi|pinkeln|plassen|pissa|tisse|tisse|cikat|curat)"
    ),
    r"tensao (?:alta|baixa)",
    r"tension (?:alta|baja|arterial|de (?:\d+|cien\w*|ciento|noventa|ochenta|setenta|sesenta|cincuenta))",
    r"(?:adhs|tdah|autis\w*|asperger\w*|dyslexi\w*|legasthenie|dyslexie|dislessi\w*|dislexi\w*|dysleksj\w*|dysleksi\w*|ordblind\w*)",
    (
        r"(?:marevan|waran|xarelto|eliquis|pradaxa|sintrom|coumadin|marcoumar|marcumar|falithrom|lixiana|heparin\w*"
        r"|clexane|fragmin|thrombose ?spritze\w*|thrombosestrumpf\w*)"
    ),
    (
        r"(?:pill ?box|pilleaesken|pilleboks\w*|pillendose|pilulier|pastillero|portapillole|pillendoos|dosett\w*"
        r"|medisinboks\w*|davkovac\w*|caixa de comprimidos|pojemnik na leki)"
    ),
    r"(?:schilddrusen|blut|leber|nieren|zucker|entzundungs|hormon)werte\w*",
    (
        r"(?:tsh|hba1c|psa|crp|ldl|hdl|inr|ferritin\w*|cholesterol|cholesterin|kolesterol\w*|hemoglobin\w*"
        r"|hamoglobin\w*) (?:\w+ )?(?:is |ist |was |war |von |of |de |di |je |er |ar |e |at |bei |a |na )?\d"
    ),
    (
        r"(?:test|teste|testje|testen|tests) (?:\w+ ){0,3}?(?:positive|positiv|positivo|positief|pozytywny|pozitivni"
        r"|pozitivn\w*)"
    ),
    (
        r"(?:eco|ecografia|echo|ultrasound|ultraschall|echografie|usg|ultrazvuk) (?:\w+ ){0,2}?(?:\w+ )?"
        r"(?:semanas|weeks|wochen|semaines|settimane|weken|tygodni|veckor|uger|uker|tydnu)"
    ),
    (
        r"(?:sin dormir|no duerme|can'?t sleep|cannot sleep|kann nicht schlafen|schlaft schlecht|dort mal|ne dort pas"
        r"|non dorme|slaapt slecht|nie spi|nao dorme|sover daligt|sover darligt|sover dårlig|sover darlig|nespi)"
    ),
    r"(?:somnmonster|sovnmonster|sleep pattern|schlafrhythmus|rythme de sommeil|ritmo de sueno)\w*",
    (
        r"(?:"
        + _LIMBS_ES[3:-1]
        + r"|"
        + _LIMBS_IT[3:-1]
        + r"|"
        + _LIMBS_PT[3:-1]
        + r") (?:\w+ ){0,2}?(?:hinchad[ao]s?|morad[ao]s?|inflamad[ao]s?|gonfi[ao]|gonfie|livid[ao]|inchad[ao]s?|roxo|roxa)"
    ),
    # vomiting, not "zich overgeven" (to surrender)
    r"(?:moet|moest|ga|ging|gaan|steeds|weer|blijf|blijft|blijven) (?:\w+ )?overgeven",
    r"(?:spytt|spyr|spydde|kraks|krakts|krakas|krakte)",
    r"aperto no peito",
    # pills by what they are for, a fall, a cut that bleeds, grandma's blood pressure read out
    # heart, water and sleeping pills: "har jeg taget mine hjertepiller", "heb ik mijn plaspillen al gehad"
    r"(?:hjerte|hjarte|hjart|herz|hart|plas|vand|vatten|slaap|sove|sov|schlaf|blodtryks|blodtrycks|bloeddruk)(?:piller|pillen|tabletter|tabletten)",
    r"(?:a|ai|as) fait une chute|had a fall|ha avuto una caduta",
    r"(?:mi sono tagliat\w*|i cut my|ich hab\w* mich geschnitten|je me suis coupee?|me he cortado|ik heb me gesneden|sanguina)",
    r"tension (?:en|a|de) (?:\d+|dieci\w*|once|doce|trece|catorce|quince|veinte|nueve|ocho)",
    # conditions and operations said in passing: "die hat seit gestern brechdurchfall", "ho due ernie cervicali"
    (
        r"(?:brechdurchfall|magen-darm|gastroenterit\w*|slidgigt|artros\w*|arthros\w*|arthrit\w*|artrit\w*|bypass"
        r"|ernia|ernie|hernia\w*|hernie\w*|bandscheib\w*|diskprolaps|dyskopat\w*|escolios\w*|scolios\w*|skolios\w*"
        r"|ischias|iskias|sciati\w*|ciatica|rwa kulszow\w*|fisiatra|ny hofte|new hip|neue hufte|protesi dell'anca"
        r"|hip replacement|hofteoperation\w*|kunstig hofte)"
    ),
    # illnesses named in a letter or a search: cancer, stroke, Parkinson's, COPD, a diagnosis, and their medicines
    (
        r"(?:rakovin\w*|kreft\w*|krebs\w*|cancer\w*|tumou?r\w*|nowotw\w*|ictus|schlaganfall\w*|beroerte|udar\w*|mrtvic\w*"
        r"|hjerneslag|stroke|parkinson\w*|alzheimer\w*|demen[sz]\w*|copd|reuma\w*|rheuma\w*|hjerteoperasjon\w*"
        r"|hjerteoperation\w*|herzoperation|heart surgery|hjartoperation\w*|bloeduitslag\w*)"
    ),
    r"(?:diagnosen|diagnose|diagnosis|diagnostikovali) (?:\w+ )?als",
    # a diagnosis made, not a fault diagnosed ("comment je diagnostique ça")
    (
        r"(?:diagnosis|diagnosed|diagnosen|diagnostikoval\w*|diagnoz\w*|diagnosticad[oa]|diagnosticat[oa]|gediagnosticeerd"
        r"|diagnostiseret|diagnostisert|diagnostiserad|diagnostiziert)"
    ),
    r"(?:methotrexa\w*|metotrexa\w*|antabus|disulfiram|losartan\w*|ramipril|enalapril)",
    r"(?:minha|tua|sua|mi|tu|su) (?:tensao|tension)",
    # care of an elderly relative: pads, sores, dressings, the care diary, memory
    (
        r"(?:inkontinen\w*|incontinen\w*|pannoloni|pieluchomajtki|pleny pro \w+|bleer til \w+|bleier til \w+|blojor till \w+"
        r"|einlagen fur \w+|windeln fur (?:mutti|mama|oma|opa|papa|vati)|fraldas para (?:a |o )?\w+|panales para (?:la |el )?\w+"
        r"|couches pour \w+|luiers voor (?:oma|opa|mama|papa))"
    ),
    r"(?:sore|wound|ulcer|blister|rash) on (?:\w+ )?(?:\w+'s )?(?:hip|heel|leg|foot|back|arm|hand|face|bottom)",
    r"sar pa (?:\w+ )?(?:haelen|helen|hoften|benet|foden|ryggen|armen)",
    r"(?:bein|wunde|fuss|arm) (?:\w+ )?(?:neu )?verbunden",
    r"(?:pflegetagebuch|plejebog\w*|pleiebok\w*|pleiedagbok|vardplan\w*|zorgdossier|memory clinic|gedachtnissprechstunde)",
    r"(?:neuroloz\w*|kardioloz\w*|psycholoz\w*|gynekoloz\w*|consultation memoire)",
    # medicines and supplements of a pregnancy or a condition
    (
        r"(?:acide folique|acido folico|folsaure|foliumzuur|kwas foliowy|folsyra|folsyre|kyselina listova|methylphenid\w*"
        r"|metilfenidat\w*|metylofenidat\w*|jarntablett\w*|jerntablett\w*|ijzertablet\w*|eisentablett\w*|zinc cream)"
    ),
    (
        r"(?:combien de semaines|a che settimana|how many weeks (?:along|pregnant)|wie viele wochen|cuantas semanas|ile tygodni"
        r"|deuxieme trimestre|secondo trimestre|second trimester|zweiten trimester|morfologica|curva da carico"
        r"|glukosetoleranz\w*|ogtt|le terme c'est|il termine e|der termin ist|la fecha de parto)"
    ),
    # medicines by brand and their classes, specialists, conditions (b22 class: said in passing)
    (
        r"(?:cipralex|escitalopram|citalopram|fluoxetin\w*|prozac|oxazepam|diazepam|lorazepam|zolpidem|stilnox|seroquel"
        r"|quetiapin\w*|ritalin|concerta|elvanse|ozempic|wegovy|mounjaro|metformin\w*|levothyrox\w*|euthyrox|thyrax"
        r"|lipitor|atorvastatin\w*|simvastatin\w*|ramipril|bisoprolol|amlodipin\w*|prestarium|concor|symbicort|seretide)"
    ),
    (
        r"(?:psycholog"
        + NOT_STUDIED
        + r"\w*"
        + NOT_A_SUBJECT
        + r"|psicolog\w*|psychiatr\w*|psichiatr\w*|psiquiatr\w*|psykolog\w*|psykiatr\w*|terapeut\w*"
        r"|therapeut\w*|geriat\w*|cardiolog\w*|kardiolog\w*|dermatolog\w*|neurolog\w*|pulmonolog\w*|pneumolog\w*"
        r"|onkolog\w*|oncolog\w*|urolog\w*|gyn(?:a|e)kolog\w*|ginecolog\w*|gynecolog\w*|pediatr\w*|kinderarzt\w*"
        r"|hautarzt\w*|frauenarzt\w*|hno-arzt|logoped\w*|fysioterap\w*|physiotherap\w*|fisioterap\w*)"
    ),
    r"(?:celia\w*|zoliaki\w*|coliaki\w*|coeliaki\w*|coeliac\w*|celiac\w*|celiakie|celiakia|celiaquia|celiachia|glutenintoleran\w*)",
    r"(?:astm[aey]|astmy|astmu|astmatic\w*|astmatik\w*)",
    r"befund\w*",
    (
        r"(?:at blode|bloder|blodning\w*|blodde|bluten|blutung\w*|saigne\w*|saignement\w*|sangrado|sangrando"
        r"|perdite di sangue|bloedverlies|bloeding\w*|krwawi\w*|krwawieni\w*|sangramento|sangrar|krvacen\w*|krvaci)"
    ),
    r"harde buiken",
    # weeks of a pregnancy without the pronoun: "sono alla diciottesima settimana", "jestem w dwudziestym tygodniu"
    (
        r"(?:sono|jestem|jsem|estoy|estou) (?:alla|nella|in|w|v|ve|en la|na|em|no) (?:\w+ )?(?:settimana|tygodniu|tydnu"
        r"|semana)"
    ),
    # Czech pain with the pronoun first: "mě už týden strašně bolí v zádech"
    r"(?:me|mne|mi) (?:\w+ ){0,3}?(?:boli|brni|pali|svedi)",
    r"(?:schlaf\w*|slaap|slaap ik|dors|duermo|dormo|spie|sover|sover jeg|spim) (?:ich |ik |jag |jeg )?(?:kaum|schlecht|slecht|nauwelijks|mal|poco|male|zle|daligt|darlig|skidt|spatne)(?: noch| meer| mehr)?",
    r"(?:ando|estou|sinto-me|me siento|estoy|mi sento|sono|voel me|czuje sie|jag mar|jeg har det) (?:muito |tan |molto |erg |bardzo |jatte |veldig |rigtig )?(?:em baixo|deprimid\w*|depress\w*|giu di morale|down|somber|przygnebion\w*|dalig|darlig|skidt)",
    (
        r"(?:as analises|die blutwerte|les analyses|los analisis|gli esami|de bloedwaarden|wyniki badan|provsvaren|blodprovet"
        r"|blodproverne|blodprovene|vysledky krve) (?:\w+ )?(?:deram|zeigen|montrent|salieron|dicono|laten|wyszly|visade|viste)"
    ),
    (
        r"(?:vitamin\w*(?: d| b12)?|ferro|ferritin\w*|eisen\w*|ijzer|zelaz\w*|jarn\w*|jern\w*|zelez\w*) (?:\w+ )?"
        r"(?:muito |sehr |tres |muy |molto |erg |bardzo |mycket |meget |veldig |velmi )?(?:baixa|baixo|alta|alto|low|high"
        r"|niedrig|zu niedrig|bas|basse|bajo|baja|basso|bassa|laag|niski|niska|lag|lagt|lav|lavt|nizk\w*)"
    ),
    (
        r"(?:a jeun|en ayunas|nuchtern|nuchter|na czczo|em jejum|a digiuno|fastande|fastende|nalacno) (?:\w+ )?(?:pour|para|fur"
        r"|voor|per|do|pro|til|for|before|vor|avant|antes|prima|przed|innan|inden|for)"
    ),
    # a relative fell: "papa est encore tombé dans la salle de bain"
    (
        ELDERS_AND_PARENTS + r" (?:\w+ )?"
        r"(?:fell|has fallen|had a fall|ist (?:\w+ )?(?:gesturzt|hingefallen)|est (?:\w+ )?tombee?|se (?:ha )?cayo|e (?:\w+ )?caduta?"
        r"|is (?:\w+ )?gevallen|upadl\w*|przewrocil\w*|caiu|ramlade|faldt|falt|spadl\w*|upadla)"
    ),
    # drops and syrups for a body part: "farmor skal have sine øjendråber", "le gocce per il cuore", "Fiebersaft"
    (
        r"(?:gocce|gotas|gouttes|tropfen|druppels|krople|kapky|draber|draper|droppar) (?:\w+ ){0,5}?(?:cuore|corazon|coeur"
        r"|herz|hart|serca|srdce|hjerte|hjarta|ojos|yeux|augen|ogen|oczu|olhos|oci|occhi|naso|nariz|nez|nase|neus|nosa"
        r"|ouvidos|oreilles|ohren|oren|uszu|ucha|orecchie|oidos)"
    ),
    (
        r"(?:ojen|oye|ogon|augen|oog|ohren|oor|naese|nese|nas|nasen)(?:draber|draberne|draper|dropparna|droppar|tropfen"
        r"|druppels|spray)"
    ),
    r"(?:eye|ear|nose) drops",
    r"(?:collyre|colirio|collirio|ocni kapky|krople do oczu|oogdruppels)",
    r"(?:fieber|husten|schmerz|nasen)(?:saft|zapfchen|tabletten|mittel|spray)\w*",
    # the thyroid, and Czech high blood pressure ("má vysoký tlak a bere prestarium")
    r"(?:schilddrus\w*|thyroid\w*|tiroide\w*|tarczyc\w*|tireoide\w*|skjoldbruskkirtel\w*|skoldkortel\w*|stitn\w* zlaz\w*)",
    r"(?:vysok\w*|nizk\w*) (?:krevni )?tlak\w*",
    (
        r"(?:stechen|ziehen|druck|brennen|engegefuhl|stiche|schmerzen) (?:in der|im|in den|auf der) (?:\w+ )?(?:brust"
        r"|herz\w*|magen|bauch|rucken|kopf|knie|hals|schulter|nacken|bein|arm)"
    ),
    r"fa (?:un )?male(?: cane)?",  # "mi fa un male cane un dente"
    (
        r"(?:test ?strips?|teststrip\w*|lancet\w*|lanzette\w*|lancette\w*|glucometr\w*|glukometr\w*|bandelettes?"
        r"|tiras reactivas|strisce reattive|tiras de teste|teststickor|teststrimler|testovaci prouzky)"
    ),
    r"ana?emi\w*",
    r"anamie\w*",
    r"bloedarmoede",
    r"blutarmut",
    r"chudokrevnost\w*",
    r"blodbrist",
    r"blodmangel",
    # Symptoms, conditions, treatments and common medicines.
    r"flu",
    r"flu shot",
    r"covid",
    r"cough\w*",
    r"nause\w*",
    r"diarrh\w*",
    r"vomit\w*",
    r"x-?rays?",
    r"mri",
    r"ultrasound",
    r"contracepti\w*",
    r"birth control",
    r"ovulation",
    r"fertility",
    r"toux",
    r"grippe",
    r"douleurs?",
    r"malade",
    r"irm",
    r"echographie",
    r"kine",
    r"traitement",
    r"gelules?",
    r"bilan sanguin",
    r"analyses? de sang",
    r"insuline",
    r"asthme",
    r"rhume",
    r"antidouleur\w*",
    r"doliprane",
    r"nurofen\w*",
    r"pacemaker\w*",
    r"herzschrittmacher\w*",
    r"kardiostimulator\w*",
    r"marcapasos",
    r"stimulateur cardiaque",
    r"dafalgan",
    r"efferalgan",
    r"griep\w*",
    r"hoest\w*",
    r"pijn",
    r"ziek",
    r"inenting\w*",
    r"oogdruppels",
    r"hartslag",
    r"psycholo" + NOT_STUDIED + r"\w+" + NOT_A_SUBJECT,
    r"psykolog\w*",
    r"therapie\w*",
    r"terapi\w*",
    r"insulin\w*",
    r"inzulin\w*",
    r"alergi\w*",
    r"astma",
    r"asma",
    r"colesterol\w*",
    r"kolesterol\w*",
    r"fisioterap\w*",
    r"fizjo\w*",
    r"fyzioterap\w*",
    r"grypa",
    r"grype",
    r"grypy",
    r"kaszel\w*",
    r"boli mnie",
    r"boli mi",
    r"chory",
    r"chora",
    r"choroba",
    r"choroby",
    r"badani\w* krwi",
    r"wyniki badan",
    r"rehabilitac\w*",
    r"poziom cukru",
    r"recepta",
    r"gripe",
    r"tosse",
    r"doente",
    r"tensao arterial",
    r"pomada",
    r"injecao",
    r"pilula",
    r"enxaqueca",
    r"tenho consulta",
    r"marcar (?:uma )?consulta",
    r"marca (?:uma )?consulta",
    r"influensa",
    r"forkylning\w*",
    r"hosta",
    r"sjuk",
    r"blodprov\w*",
    r"alvedon",
    r"ipren",
    r"migran",
    r"forkolelse",
    r"syg",
    r"blodprove\w*",
    r"panodil",
    r"migrene",
    r"legebesog",
    r"forkjolelse",
    r"syk",
    r"paracet",
    r"ibux",
    r"helsestasjon\w*",
    r"prasky",
    r"tablety",
    r"chripk\w*",
    r"kasel",
    r"boli me",
    r"nemocny",
    r"nemocna",
    r"nemoc",
    r"rozbor krve",
    r"odber krve",
    r"vysetreni",
    r"ibalgin",
    r"paralen",
    r"husten",
    r"erkaltung",
    r"krank",
    r"schmerz\w*",
    r"blutabnahme",
    r"blutwerte",
    r"resfriado",
    r"enfermo",
    r"enferma",
    r"ibuprofeno",
    r"inyeccion",
    r"embarazo",
    r"raffreddore",
    r"malato",
    r"malata",
    r"tachipirina",
    r"colesterolo",
    r"iniezione",
    r"gravidanza",
    # Medical specialists, with the stems most of the twelve languages share.
    r"cardiolog\w*",
    r"kardiolog\w*",
    r"dermatolog\w*",
    r"gynecolog\w*",
    r"gynaecolog\w*",
    r"gynakolog\w*",
    r"ginecolog\w*",
    r"ginekolog\w*",
    r"gynekolog\w*",
    r"urolog\w*",
    r"neurolog\w*",
    r"onkolog\w*",
    r"oncolog\w*",
    r"ortoped\w*",
    r"orthopad\w*",
    r"orthoped\w*",
    r"psychiatr\w*",
    r"pediatr\w*",
    r"endokrinolog\w*",
    r"endocrinolog\w*",
    r"gastroenterolog\w*",
    r"reumatolog\w*",
    r"rheumatolog\w*",
    r"pneumolog\w*",
    r"oftalmolog\w*",
    r"ophthalmolog\w*",
    r"okulist\w*",
    r"otorrino\w*",
    r"hno-arzt\w*",
    r"allergolog\w*",
    r"medical (?:appointment|records?|history|results?|condition|file|report|check\w*|exam\w*)",
    r"doctor'?s? (?:appointment|visit)",
    r"hospital (?:appointment|visit|stay)",
    r"dentists?",
    r"dental",
    r"vaccin\w*",
    r"physio\w*",
    r"inhaler",
    r"eye drops",
    r"check-?ups?",
    r"take my (?:\w+ )?(?:pills?|tablets?|medicine|meds|drops|shot|dose)",
    r"zahnarzt\w*",
    r"frauenarzt\w*",
    r"augenarzt\w*",
    r"kinderarzt\w*",
    r"hautarzt\w*",
    r"facharzt\w*",
    r"nervenarzt\w*",
    r"antibiotik\w*",
    r"impf\w*",
    r"krankengymnastik",
    r"rendez-vous (?:chez|du|de|avec) (?:le |la |l'|mon |ma )?(?:medecin|docteur|dentiste|kine\w*|gyneco\w*|dermato\w*|cardio\w*|ophtalmo\w*|pediatre)",
    r"dentiste",
    r"antibiotiques?",
    r"cachets?",
    r"comprimes?",
    r"pilules?",
    r"prise de sang",
    r"cita (?:con el |con la |del |en el |de )?(?:medico|doctor|doctora|dentista|ginecolog[oa]|pediatra|hospital|centro de salud|fisio\w*)",
    r"cita medica",
    r"dentista",
    r"vacuna\w*",
    r"antibioticos?",
    r"centro de (?:salud|saude)",
    r"analisis de sangre",
    r"appuntamento (?:dal |dalla |con il |col |con la )?(?:medico|dottore|dottoressa|dentista|pediatra|ginecologo|cardiologo|fisio\w*)",
    r"visita medica",
    r"antibiotic[oi]",
    r"compress[ae]",
    r"pillol[ae]",
    r"analisi del sangue",
    r"afspraak (?:bij|met) de (?:huisarts|dokter|tandarts|specialist|fysio\w*)",
    r"tandarts\w*",
    r"antibiotica",
    r"ziekenhuisafspraak",
    r"bloedprik\w*",
    r"leki",
    r"lekow",
    r"lekarstw\w*",
    r"lekarz\w*",
    r"lek na",
    r"tabletk\w*",
    r"antybiotyk\w*",
    r"wizyt\w* (?:u|do) (?:lekarza|dentysty|ginekologa|pediatry)",
    r"wizyt\w* lekarsk\w*",
    r"dentyst\w*",
    r"szczepi\w*",
    r"cisnieni\w* (?:krwi|tetnicze)",
    r"goraczk\w*",
    r"cukrzyc\w*",
    r"bol\w* (?:glowy|brzucha|zeba|gardla|plecow)",
    r"przychodni\w*",
    r"w ciazy",
    r"depresj\w*",
    r"comprimidos?",
    r"remedios?",
    r"consulta (?:medica|no medico|com o medico|no dentista|de rotina|no hospital)",
    r"vacina\w*",
    r"receita medica",
    r"pressao arterial",
    r"febre",
    r"gravida",
    r"dor de \w+",
    r"exames? de sangue",
    r"analises ao sangue",
    r"medicin\w*",
    r"medisin\w*",
    r"tablett\w*(?<!la tablette)(?<!une tablette)(?<!ma tablette)(?<!sa tablette)(?<!ta tablette)(?<!cette tablette)",
    r"piller",
    r"lakare\w*",
    r"lakartid\w*",
    r"vardcentral\w*",
    r"tandlakar\w*",
    r"blodtryck\w*",
    r"blodtryk\w*",
    r"blodtrykk\w*",
    r"feber",
    r"gravid",
    r"antibiotika",
    r"huvudvark",
    r"hovedpine",
    r"hodepine",
    r"ont i \w+",
    r"ondt i \w+",
    r"vondt i \w+",
    r"sjukskriv\w*",
    r"sygemeld\w*",
    r"sykemeld\w*",
    r"legetid\w*",
    r"legetime\w*",
    r"legevakt\w*",
    r"legebesok\w*",
    r"til legen",
    r"hos legen",
    r"fastleg\w*",
    r"tannleg\w*",
    r"tandlege\w*",
    r"vaksin\w*",
    r"resept\w*",
    r"leky",
    r"leku",
    r"lekar(?<!och lekar)(?<!med lekar)(?<!roliga lekar)(?<!nya lekar)(?!n)(?! (?:och|for|till|pa|med) )\w*",  # not Swedish "lekar"
    r"zubar\w*",
    r"ockov\w*",
    r"krevni tlak",
    r"horeck\w*",
    r"tehotn\w*",
    r"bolest (?:hlavy|zad|zubu|bricha|v krku)",
    r"cukrovk\w*",
    r"deprese",
    # Conditions, symptoms, injuries, treatments, places and people of care, named without a general medical word.
    # English.
    r"eczema",
    r"psoriasis",
    r"chicken ?pox",
    r"measles",
    r"mumps",
    r"tonsillitis",
    r"strep throat",
    r"ear ?infections?",
    r"ear ?aches?",
    r"toothache",
    r"tummy (?:ache|bug)",
    r"stomach (?:ache|bug|flu|cramps|virus)",
    r"upset stomach",
    r"(?:back|chest|neck|knee|joint|hip|shoulder|nerve|period) pain",
    r"sore (?:back|neck|knees?|muscles|eyes?|ears?|tummy|stomach|gums?|feet|legs?|arms?|shoulders?|head|chest)",
    r"runny nose",
    r"blocked nose",
    r"stuffy nose",
    r"throwing up",
    r"threw up",
    r"thrown up",
    r"uti",
    r"bronchitis",
    r"pneumonia",
    r"concussion",
    r"arthritis",
    r"osteoporosis",
    r"epilep\w+",
    r"heart attack",
    r"hypertension",
    r"thyroid",
    r"dementia",
    r"alzheimer'?s?",
    r"parkinson'?s",
    r"ocd",
    r"ptsd",
    r"bipolar",
    r"burn-?out",
    r"suicid\w*",
    r"self[- ]harm\w*",
    r"eating disorder",
    r"anorexi\w*",
    r"anoreksj\w*",
    # a splint, a prescription, the weeks of a pregnancy: "le han puesto una férula", "a médica lhe receitou ferro",
    # "a Anna já está com 28 semanas"
    r"ferulas?",
    r"attelles?",
    r"orteza\w*",
    r"spalk\w*",
    r"(?:me|lhe|te|nos|lhes) receit\w*",
    r"receitou",
    r"(?:esta|estou|estas|estamos) (?:com|de) \d{1,2} semanas(?! de (?:atraso|retraso|obra))",
    r"(?:she's|she is|i'm|i am) \d{1,2} weeks (?:pregnant|along)",
    # gout and its uric acid ("gota" alone is also a drop)
    r"gout",
    r"gicht\w*",
    r"jicht",
    r"podagr\w*",
    r"dna moczanow\w*",
    r"(?:ataque|crise|crisis|principio|um principio|un principio) de gota",
    r"(?:tenho|tem|tengo|tiene) gota",
    r"(?:attacco|crisi|ho la|ha la) gotta",
    r"(?:uric acid|acido urico|kwas moczowy|urinsyra|urinsyre|kyselina mocova|harnsaure) (?:alto|elevado|high|hoch)",
    r"(?:high|hoher|erhohter|alto|elevado) (?:uric acid|harnsaure|acido urico)",
    r"bulimi\w*",
    r"(?:leczy|lecze|leczymy|leczysz|leczyl\w*) sie na \w+",
    r"(?:nervous|mental) breakdown",
    r"hay ?fever",
    r"anaphyla\w*",
    r"epi-?pens?",
    r"antihistamin\w*",
    r"inhalers",
    r"nebuli[sz]er",
    r"immuni[sz]ations?",
    r"tetanus",
    r"(?:covid|tetanus|booster|measles|mmr|hpv|rabies|allergy|b12|cortisone) (?:shots?|jabs?)",
    r"flu jabs?",
    r"(?:pregnancy|covid|lateral flow|smear|urine|allergy|hearing|eye|std|sti|hiv|strep|glucose|sugar) tests?",
    r"tested (?:positive|negative)",
    r"(?:baby|pregnancy|dating|anomaly|12[- ]week|20[- ]week|ct|cat|pet|bone density|brain) scans?",
    r"biops\w+",
    r"mammogra\w+",
    r"pap smear",
    r"colonoscop\w+",
    r"ecg",
    r"ekg",
    r"hba1c",
    r"a1c",
    r"cgm",
    r"freestyle libre",
    r"dexcom",
    r"sugar levels?",
    r"blood levels",
    r"oxygen levels?",
    r"painkillers?",
    r"pain ?killers?",
    r"pain relief",
    r"tylenol",
    r"advil",
    r"motrin",
    r"nurofen",
    r"calpol",
    r"sudafed",
    r"piriton",
    r"piriteze",
    r"co-codamol",
    r"codamol",
    r"lemsip",
    r"beechams",
    r"dioralyte",
    r"rennies",
    r"benadryl",
    r"claritin",
    r"zyrtec",
    r"ventolin\w*",
    r"ozempic",
    r"wegovy",
    r"mounjaro",
    r"lipitor",
    r"melatonin\w*",
    r"steroid (?:cream|tablets|inhaler)",
    r"hydrocortison\w*",
    r"cortison\w*",
    r"kortison\w*",
    r"prednisolon\w*",
    r"salbutamol",
    r"insomni\w*",
    r"sleeping pills?",
    r"sleep apn\w+",
    r"cpap",
    r"stitches (?:out|removed|taken out|come out|dissolv\w*)",
    r"stitches (?:on|in) (?:his|her|my|their|your)",
    r"sprains?",
    r"(?:knee|hip|heart|eye|back|shoulder|cataract|hernia|gallbladder|appendix|tonsil|bypass|wisdom tooth) (?:operation|op|surgery|replacement)",
    r"surgeons?",
    r"anaesthe\w*",
    r"anesthe\w*",
    r"root canal",
    r"wisdom (?:tooth|teeth)",
    r"orthodontist\w*",
    r"optometrist\w*",
    r"audiologist\w*",
    r"hearing aids?",
    r"chiropract\w*",
    r"kiroprakt\w*",
    r"osteopath\w*",
    r"podiatrist\w*",
    r"paediatr\w*",
    r"dietitians?",
    r"dieticians?",
    r"nutritionists?",
    r"midwi(?:fe|ves)",
    r"prenatal",
    r"antenatal",
    r"ivf",
    r"trying to conceive",
    r"menopaus\w*",
    r"hot flash\w*",
    r"hot flush\w*",
    r"pms",
    r"tampons?",
    r"counsell?ing",
    r"(?:occupational|speech|cognitive behaviou?ral) therap\w*",
    r"coeliac",
    r"celiac",
    r"(?:lactose|gluten) intoleran\w*",
    r"(?:renal|diabetic|low[- ]fodmap|low[- ]sodium|elimination) diet",
    r"(?:broken|sprained|twisted|fractured|dislocated|swollen|bruised|injured|sore|infected) (?:left |right )?"
    + _LIMB_EN,
    (
        r"(?:broke|broken|sprained|twisted|fractured|dislocated|bruised|injured|hurt|cut|burned|burnt|banged|bumped|pulled"
        r"|strained|tore|torn) (?:my|his|her|their|your) (?:left |right )?" + _BODY_EN
    ),
    r"(?:pulled|strained|torn|tore) (?:a|my|his|her) (?:muscle|hamstring|groin muscle|ligament)",
    r"(?:torn|ruptured) (?:acl|ligaments?|meniscus|achilles|rotator cuff)",
    r"(?:arm|leg|wrist|ankle|foot|hand) in a cast",
    r"on crutches",
    # Stems the languages share.
    r"chirurg\w*",
    r"cirurgi\w*",
    r"cirugi\w*",
    r"cirujan\w*",
    r"kirurg\w*",
    r"narkos\w*",
    r"narkoz\w*",
    r"anestes\w*",
    r"anestez\w*",
    r"hospitali[sz]\w*",
    r"menstru\w*",
    r"mestru\w*",
    r"ovula[ct]\w*",
    r"owulac\w*",
    r"fertilit\w*",
    r"fertilid\w*",
    r"deprim\w*",
    r"autis\w*",
    r"autyz\w*",
    r"psychotherap\w*",
    r"psicoterap\w*",
    r"psykoterap\w*",
    r"(?:ergo|logo|physio|fysio|verhaltens|gesprachs|samtals|kognitiv|trauma|manuell)(?:therap|terap)\w*",
    r"paartherap\w*",
    r"parterap\w*",
    r"logop[ae]d\w*",
    r"terapeut\w*",
    r"psiquiatr\w*",
    r"psichiatr\w*",
    r"psykiatr\w*",
    r"stomatolog\w*",
    r"ortodont\w*",
    r"traumatolog\w*",
    r"oculist\w*",
    r"otorino\w*",
    r"laryngolog\w*",
    r"fysio\w*",
    r"fisio",
    r"rontgen\w*",
    r"rentgen\w*",
    r"radiografi\w*",
    r"ecografi\w*",
    r"mamografi\w*",
    r"elektrokardiogram\w*",
    r"electrocardiogram\w*",
    r"elettrocardiogramm\w*",
    r"koloskopi\w*",
    r"kolonoskopi\w*",
    r"eksem(?!pel)\w*",  # not "eksempel" (example)
    r"ekzem\w*",
    r"eccem\w*",
    r"eczem\w*",
    r"urticari\w*",
    r"angin[aeyu]",
    r"otit\w*",
    r"bronchit\w*",
    r"bronquit\w*",
    r"sinusit\w*",
    r"amigdalit\w*",
    r"gastroenterit\w*",
    r"gastro-enterit\w*",
    r"cistit\w*",
    r"cystit\w*",
    r"tonsillit\w*",
    r"tendinit\w*",
    r"fraktur\w*",
    r"frattur\w*",
    r"fratura\w*",
    r"fractura(?! hidraulica)\w*",
    r"entorse\w*",
    r"zeckenbiss\w*",
    r"borreliose\w*",
    r"borreliosis",
    r"lyme",
    r"tekenbeet\w*",
    r"fastingbett\w*",
    r"flatbid\w*",
    r"flattbitt\w*",
    r"mam (?:kleszcza|kliste)",
    r"(?:morsure|piqure) de tique",
    r"picadura de garrapata",
    r"morso di zecca",
    r"(?:picada|mordida) de (?:carraca|carrapato)",
    r"verstaucht\w*",
    r"verstuikt\w*",
    r"vrickat\w*",
    r"vrickade",
    r"forstuvet",
    r"forstuet",
    r"podvrtnut\w*",
    r"skrecon\w*",
    r"inhalat\w*",
    r"inalat\w*",
    r"inhalador\w*",
    r"inalador\w*",
    r"inhalateur\w*",
    r"vakcin\w*",
    r"paracetamol\w*",
    r"aspirin\w*",
    r"naproxen\w*",
    r"voltaren\w*",
    r"panadol",
    r"brufen",
    r"buscopan",
    r"imodium",
    r"strepsils",
    r"otrivin\w*",
    r"gaviscon",
    r"euthyrox\w*",
    r"thyroxin\w*",
    r"levothyrox\w*",
    r"neo-?mercazol\w*",
    # multiple sclerosis, gestational diabetes
    (
        r"multiple sclerosis|multiple sklerose|sclerose en plaques|esclerosis multiple|sclerosi multipla"
        r"|multiple sclerose|stwardnieni\w* rozsian\w*|esclerose multipla|ms-sjuk\w*|roztrousen\w* skleroz\w*"
    ),
    (
        r"gestational diabetes|schwangerschaftsdiabetes|diabete gestationnel|diabetes gestacional|diabete gestazionale"
        r"|zwangerschapsdiabetes|cukrzyc\w* ciazow\w*|graviditetsdiabetes|svangerskabsdiabetes|svangerskapsdiabetes"
        r"|tehotensk\w* cukrovk\w*"
    ),
    # a contraceptive ring or patch changed: "recuérdame cambiar el anillo", "připomeň mi vyměnit náplast"
    (
        r"(?:cambiar|trocar|changer|cambiare|vervangen|wymienic|wymien|vymenit|vymen|byta|skifte|wechseln) (?:el |o |mon |ma "
        r"|le |la |il |l'|mijn |de |den |das |mi |min |mitt )?(?:anillo|anel|anneau|anello|naplast|patch|pleister|plaster|plastr\w*)"
    ),
    # a blood-pressure reading: "la tensión me ha dado 15 9 esta mañana"
    r"la tension (?:me )?(?:ha dado|dio|salio|esta en|marca|marcaba)",
    r"stoffskifte\w*",
    r"epi ?pen\w*",
    r"adrenalin ?penn?\w*",
    # a medicine named by what it treats: "la pastiglia per la pressione", not the dishwasher's
    r"(?:pastiglia|pastiglie|pillola|pillole|compressa|compresse) (?:per|della|contro) (?:la |il |l')?(?:pressione|cuore|tiroide|colesterolo|diabete|dormire)",
    r"(?:prasek|prasky|prasku|lek|leky|pilulk\w*|tabletk\w*) na (?:tlak|srdce|stitnou|cukrovku|spani|bolest|nervy|cholesterol)",
    # the heart rate, however a watch measures it: "analizza i dati della frequenza cardiaca del mio orologio"
    r"frequenza cardiaca|frequence cardiaque|frecuencia cardiaca|frequencia cardiaca|tetn[oa]|tepov\w* frekvenc\w*",
    # a tablet taken (the dishwasher's is put in): "Mila ha preso la pastiglia stamattina?", "vzala si Mila prášek"
    (
        r"(?:preso|presa|prendere|prende|prendi|prendo) (?:la |le |una |sua |la sua |le sue )?(?:pastiglia|pastiglie"
        r"|compressa|compresse|medicina|medicine|gocce)"
    ),
    r"(?:vzal|vzala|vzali|vzit|vezmi|bere|beru) (?:si )?(?:\w+ )?(?:prasek|prasky|pilulk\w*|tabletk\w*|leky)(?! na prani| do)",
    # a diagnosis received: "jeg har fått påvist høyt stoffskifte"
    r"(?:fatt|fikk|fick|faet|fik) (?:pavist|konstatert|konstateret|diagnos\w*)",
    r"xanax",
    r"antibioti\w*",
    r"herpes\w*",
    r"head lice",
    r"lause",
    r"kopflause",
    r"hoofdluis\w*",
    r"wszy",
    r"poux",
    r"piojos",
    r"pidocchi",
    r"piolhos",
    r"concussao",
    r"hersenschudding",
    r"hjernerystelse",
    r"hjarnskakning",
    r"wstrzasnieni\w* mozgu",
    r"otres\w* mozku",
    r"commotion cerebrale",
    r"conmocion cerebral",
    r"commozione cerebrale",
    r"cataracts?",
    r"cataracte",
    r"catarat\w*",
    r"grau(?:er|en) star",
    r"gra (?:ster|starr)",
    r"sed\w* zakal\w*",
    r"zacm\w*",
    r"barnelege\w*",
    r"bornelege\w*",
    r"barnlakar\w*",
    r"ooglaser\w*",
    r"ogen (?:laten |laat |liet )?laseren",
    r"marod\w*",
    r"magen(?:probleme|beschwerden|verstimmung)\w*",
    r"(?:probleme|beschwerden|arger) mit (?:dem|meinem|seinem|ihrem) (?:magen|darm|herzen|rucken|knie|blutdruck)",
    r"last van (?:mijn|zijn|haar|de|je) (?:maag|rug|knie|darmen|hart|buik|nek|schouder|heup|voeten|ogen)",
    r"potize se (?:zaludkem|srdcem|zady|kolenem|strevy|tlakem|dychanim)",
    r"gat in (?:zijn|haar|mijn|je) hoofd",
    r"hull i hodet",
    r"rozbil\w* si (?:hlavu|koleno|nos|ret|bradu|celo)",
    r"(?:cardio|dermato|gynaeco|gyneco|neuro|uro|onco|reumato|endocrino|radio|anesthesio|gastro-entero|geriater|kinderpsycho)loog\w*",
    r"ojenlege\w*",
    r"oyelege\w*",
    r"ogonlakar\w*",
    r"reflux\w*",
    r"refluks\w*",
    r"heartburn",
    r"sodbrennen",
    r"brandend maagzuur",
    r"halsbranna",
    r"halsbrand",
    r"cat(?:h)?eter\w*",
    r"kat(?:h)?eter\w*",
    r"katetr\w*",
    r"kurzzeitpflege",
    r"tagespflege",
    r"dagbesteding",
    r"thuiszorg",
    r"ibu (?:200|400|600|800)",
    r"talepedagog\w*",
    r"psychiater\w*",
    r"psykiater\w*",
    r"strep(?:to)?kok\w*",
    r"chemio\w*",
    r"chemioterapi\w*",
    r"cellgift\w*",
    r"cellegift\w*",
    r"kemo\w*",
    r"demen[sz]\w*",
    r"dementie",
    r"dementerend\w*",
    r"demenc\w*",
    r"migren\w*",
    r"migrana",
    r"sar hals",
    r"zere keel",
    r"me duelen? (?:la|el|los|las|mucho la|mucho el) \w+",
    r"(?:doi|doem)-me (?:a|o|os|as) \w+",
    r"(?:ho|ji|nas|te|vas) boli",
    r"vedlejsi ucink\w*",
    r"nebenwirkung\w*",
    r"bijwerking\w*",
    r"effets (?:secondaires|indesirables)",
    r"efectos (?:secundarios|adversos)",
    r"effetti collaterali",
    r"skutki uboczne",
    r"dzialani\w* niepozadan\w*",
    r"efeitos (?:secundarios|colaterais)",
    r"biverkning\w*",
    r"bivirkning\w*",
    r"krentenbaard",
    r"impetigo",
    r"bloed (?:\w+ ){0,3}?laten prikken",
    r"(?:corona|korona)wirus\w*",
    r"coronavirus\w*",
    r"niet lekker in (?:mijn|zijn|haar|je) vel",
    r"(?:corona|korona|covid)-?(?:test|prik|positief|positiv)\w*",
    r"(?:noro|rota)virus\w*",
    r"conjonctivite",
    r"conjuntivit\w*",
    r"krew do bada\w*",
    r"gurtelrose",
    r"fuoco di sant'antonio",
    r"gordelroos",
    r"polpasiec\w*",
    r"baltros",
    r"helvedesild",
    r"helvetesild",
    r"pasov\w* opar\w*",
    r"c-section",
    r"caesarean\w*",
    r"cesarean\w*",
    r"cesarienne",
    r"cesarea",
    r"cesareo",
    r"cesariana",
    r"kaiserschnitt\w*",
    r"keizersnede\w*",
    r"cesarsk\w* cieci\w*",
    r"cesark\w*",
    r"kejsarsnitt\w*",
    r"kejsersnit\w*",
    r"keisersnitt\w*",
    r"cisarsk\w* rez\w*",
    r"la[ck]tos\w*[ -]?intoleran\w*",
    r"intoleran\w* (?:a la |al |au |a |alla )?(?:la[ck]tos\w*|lattosio|gluten\w*)",
    r"intollerant\w* al (?:lattosio|glutine)",
    r"nietoleranc\w* (?:laktoz\w*|glutenu)",
    r"intoleranc\w* (?:laktoz\w*|lepku)",
    r"celiak\w*",
    r"celiachia",
    r"celiaqu\w*",
    r"zoliakie",
    r"coeliakie",
    r"coliaki\w*",
    r"nieplodn\w*",
    r"asistovan\w* reprodukc\w*",
    r"e-recept\w*",
    r"herhaalrecept\w*",
    r"(?:tlak|cisnieni|pressione|presion|pressao|tension|druck|blutdruck|wert|bloeddruk|blodtryck|blodtryk|blodtrykk)\w*(?: \w+){0,4} \d{2,3} (?:zu|na|sur|por|su|a|over|pa) \d{2,3}",
    # the same read out: "la pressione stamattina era centocinquanta su novanta"
    (
        r"(?:tlak|cisnieni|pressione|presion|pressao|blutdruck|bloeddruk|blodtryck|blodtryk|blodtrykk|blood pressure)\w*"
        r"(?: \w+){1,6}? (?:zu|na|sur|por|su|over|pa|op|uber) (?:sessanta|settanta|ottanta|novanta|cento|sixty|seventy"
        r"|eighty|ninety|hundred|sechzig|siebzig|achtzig|neunzig|hundert|soixante|quatre-vingt|sesenta|setenta|ochenta"
        r"|noventa|cien|zestig|zeventig|tachtig|negentig|honderd|szescdziesiat|siedemdziesiat|osiemdziesiat"
        r"|dziewiecdziesiat|sessenta|oitenta|cem|sextio|sjuttio|attio|nittio|hundra|halvfjerds|firs|halvfems|seksti"
        r"|sytti|atti|nitti|sedesat|sedmdesat|osmdesat|devadesat)\w*"
    ),
    r"antidepres\w*",
    r"przeciwdepresyjn\w*",
    r"hernia\w*",
    r"ernia",
    r"przepuklin\w*",
    r"plotenk\w*",
    r"diskbrack",
    r"diskusprolaps",
    r"prolaps",
    r"contractura\w*",
    r"contrattura\w*",
    r"diarre\w*",
    r"burnout",
    r"depressief",
    r"anafyla\w*",
    r"anafila\w*",
    r"antistaminic\w*",
    r"rehabilit\w*",
    r"psychi(?:sch|ck|czn)\w*",
    r"psykisk\w*",
    r"cetirizin\w*",
    r"loratadin\w*",
    # German.
    r"ausschlag(?! ?geb)\w*",
    r"hautausschlag\w*",
    r"(?:punkte|flecken|pickel|punktchen|pusteln|quaddeln) (?:am|im|auf dem|auf der) (?:ganzen )?(?:korper|bauch|rucken|gesicht|arm|armen|bein|beinen|haut|po|hals|brust|kopf)",
    r"wunde(?:n)?(?! punkt)",
    r"verstauch\w*",
    r"zerrung\w*",
    r"banderriss\w*",
    r"bandscheibe\w*",
    r"hexenschuss",
    r"prellung\w*",
    r"gehirnerschutterung",
    r"knochenbruch\w*",
    r"(?:arm|bein|fuß|fuss|hand|handgelenk|rippen|schlusselbein|nasenbein|zeh|finger|knochel|hufte|oberschenkel|sprunggelenk)bruch\w*",
    _BODY_DE + r" (?:ist |sind |war )?gebrochen",
    r"geschwollen\w*",
    r"gipsverband",
    r"krucken",
    r"operiert\w*",
    r"(?:knie|huft|augen|herz|rucken|schulter|blinddarm|mandel|bandscheiben|leisten|gallen|grauer star)-?(?:op|operation)\w*",
    r"krankenhaus(?:aufenthalt|besuch|entlassung|bericht)\w*",
    r"reha",
    r"rehaklinik\w*",
    r"hebamme\w*",
    r"krankenschwester\w*",
    r"pflegeheim\w*",
    r"heilpraktiker\w*",
    r"kieferorthopad\w*",
    r"doktor(?!arbeit|vater|and|titel)\w*",
    r"eisprung",
    r"kinderwunsch\w*",
    r"befruchtung",
    r"fehlgeburt\w*",
    r"wechseljahre\w*",
    r"verhutung\w*",
    r"pille danach",
    r"panikattack\w*",
    r"angststorung\w*",
    r"angstzustand\w*",
    r"depressiv\w*",
    r"seelisch\w*",
    r"essstorung\w*",
    r"magersucht",
    r"heuschnupfen",
    r"neurodermitis",
    r"windpocken",
    r"masern",
    r"scharlach",
    r"magen-darm\w*",
    r"durchfall",
    r"erbrechen",
    r"ubelkeit",
    r"schwindelig\w*",
    r"schwindelanfall\w*",
    r"schnupfen",
    r"(?:hals|kopf|bauch|zahn|ohren|rucken|magen)weh",
    r"erkaltet\w*",
    r"grippal\w*",
    r"infekt\w*",
    r"entzundung\w*",
    r"entzundet\w*",
    r"zuckerspiegel",
    r"unterzucker\w*",
    r"uberzucker\w*",
    r"langzeitzucker",
    r"sauerstoffsattigung",
    r"inhalier\w*",
    r"asthmaspray\w*",
    # a pill, not the French tablet computer ("la tablette d'Hugo")
    r"tablette(?<!la tablette)(?<!une tablette)(?<!ma tablette)(?<!sa tablette)(?<!ta tablette)(?<!cette tablette)",
    r"schmerzmittel\w*",
    r"hustensaft",
    r"nasenspray",
    r"novalgin",
    r"novaminsulfon",
    r"thomapyrin",
    r"dolormin",
    r"grippostad",
    r"sinupret",
    r"iberogast",
    r"krankgeschrieben",
    r"(?:darm|magen)spiegelung\w*",
    r"pflegegrad\w*",
    r"pflegestufe\w*",
    r"arbeitsunfahig\w*",
    r"schlaflos\w*",
    r"schlafstorung\w*",
    r"schlaftablette\w*",
    r"schlafapnoe",
    # French.
    r"varicelle",
    r"rougeole",
    r"nausees?",
    r"vertiges?",
    r"la tete qui tourne",
    r"diarrhee",
    r"demangeaisons?",
    r"plaques rouges",
    r"boutons (?:partout|sur (?:le|la|les|son|sa|ses) (?:visage|ventre|dos|corps|bras|jambes|cou|torse|fesses|peau))",
    r"vomi\w*",
    r"points de suture",
    r"suture\w*",
    r"bequilles",
    r"(?:casse|cassee|foule|fouler|foulee|tordu|tordue|luxe|luxee|blesse|blessee) (?:le |la |l'|les |au |a la |son |sa |ses |mon |ma |mes )?"
    + _BODY_FR,
    _BODY_FR
    + r" (?:casse|cassee|foule|foulee|enfle|enflee|gonfle|gonflee|dans le platre)",
    r"dans le platre",
    r"hopital de jour",
    r"sage-femme",
    r"infirmi\w*",
    r"kinesi\w*",
    r"orthophon\w*",
    r"osteo",
    r"dermato",
    r"gyneco",
    r"ophtalmo",
    r"generaliste",
    r"grossesse",
    r"fausse couche",
    r"fiv",
    r"bouffees de chaleur",
    r"sterilet",
    r"crises? d'angoisse",
    r"angoisse\w*",
    r"anxiete",
    r"attaques? de panique",
    r"idees noires",
    r"rhume des foins",
    r"ventoline",
    r"arret maladie",
    r"arret de travail",
    r"spasfon",
    r"smecta",
    r"humex",
    r"toplexil",
    r"spedifen",
    r"kardegic",
    r"lexomil",
    r"stilnox",
    r"seresta",
    r"somnifere\w*",
    r"taux de sucre",
    r"dieteticien\w*",
    r"nutritionniste",
    # Spanish.
    r"sarpullido",
    r"erupcion\w* (?:cutane\w*|en la piel)",
    r"picor\w*",
    r"varicela",
    r"varicella",
    r"sarampion",
    r"paperas",
    r"anginas",
    r"maread[oa]s?",
    r"ronchas",
    r"mareos?",
    r"nauseas",
    r"febricula",
    r"constipad[oa]s?",
    r"constipacao",
    r"catarro",
    r"esguince\w*",
    r"muletas",
    r"puntos de sutura",
    _BODY_ES
    + r" (?:rot[oa]|hinchad[oa]|torcid[oa]|dislocad[oa]|escayolad[oa]|vendad[oa]|fracturad[oa])s?",
    r"escayolad[oa]",
    r"quirofano",
    r"quirurgic\w*",
    r"matrona",
    r"odontolog\w*",
    r"ambulatorio",
    r"tengo consulta",
    r"ovulacion",
    r"aborto espontaneo",
    r"anticonceptiv\w*",
    r"pildora\w*",
    r"sofocos",
    r"ansiedad",
    r"ataques? de (?:ansiedad|panico)",
    r"deprimid[oa]s?",
    r"baja (?:medica|laboral|por enfermedad)",
    r"resonancia magnetica",
    r"nolotil",
    r"gelocatil",
    r"frenadol",
    r"espidifen",
    r"enantyum",
    r"termalgin",
    r"dalsy",
    r"apiretal",
    r"adiro",
    r"sintrom",
    r"orfidal",
    r"almax",
    r"bisolvon",
    r"fluimucil",
    r"insomnio",
    # Italian.
    r"eruzione cutanea",
    r"(?:puntini|macchie|macchioline|bollicine) (?:rossi |rosse )?(?:sulla|sul|sulle|sui|in) (?:pancia|pancino|faccia|viso|schiena|braccia|gambe|collo|pelle|petto|sedere|corpo)",
    r"(?:puntini rossi|macchie rosse) (?:dappertutto|ovunque|su tutto il corpo)",
    r"orticaria",
    r"morbillo",
    r"orecchioni",
    r"tonsillite",
    r"faringite",
    r"laringite",
    r"gastrite",
    r"congiuntivite",
    r"artrite",
    r"dermatite",
    r"appendicite",
    r"capogir\w*",
    r"vertigin\w*",
    r"mi gira la testa",
    r"slogat[oaie]",
    r"slogatura",
    r"ingessat[oaie]",
    r"stampelle",
    r"(?:rott[oa]|slogat[oa]|fratturat[oa]|storto|storta) (?:il |la |l'|un |una |i |le )?"
    + _BODY_IT,
    _BODY_IT + r" (?:rott[oa]|gonfi[oa]|slogat[oa]|fratturat[oa]|ingessat[oa])",
    r"punti di sutura",
    r"intervento chirurgico",
    r"sala operatoria",
    r"ricoverat[oaie]",
    r"(?:blevet|bliver|er) indlagt",
    r"(?:blitt|ble|er) innlagt",
    r"(?:blivit|blev|ar) inlagd",
    r"hospitali[sz]ed|admitted to (?:the )?hospital|ins krankenhaus (?:eingeliefert|gekommen)|eingeliefert",
    r"hospitalis[ee]\w*|hospitalizad[oa]|ingresad[oa]|hospitalizovan\w*|w szpitalu|opgenomen in het ziekenhuis",
    r"(?:le|la|les|lo|me|te|nos) (?:dan|han dado|van a dar|dieron) el alta|dad[oa] de alta|(?:teve|tem|deram) alta",
    r"ricovero(?! (?:attrezzi|per)\b)",
    r"guardia medica",
    r"consultorio",
    r"ostetric[ahe]\w*",
    r"logopedist\w*",
    r"ovulazione",
    r"fertilita",
    r"aborto spontaneo",
    r"vampate",
    r"anticoncezional\w*",
    r"ansia",
    r"attacc\w* di panico",
    # Italian "depresso", after a verb: Portuguese "depressa" is "quickly" ("pagar o cartão mais depressa")
    r"(?:sono|sei|e|era|ero|sembra|sento|sente|senti|molto|poco|po'|tanto|cosi) depress[oa]",
    r"esaurimento nervoso",
    r"giu di morale",
    r"mi sento giu",
    r"broncodilatator\w*",
    r"esami? (?:del sangue|delle urine|clinic[io])",
    r"referto",
    r"risonanza magnetica",
    r"certificato medico",
    r"in malattia",
    r"aulin",
    r"enterogermina",
    r"nimesulide",
    r"augmentin",
    r"zitromax",
    r"bentelan",
    r"muscoril",
    r"coumadin",
    r"cardioaspirin\w*",
    r"eutirox",
    r"lasix",
    r"lexotan",
    r"froben",
    r"sonnifer\w*",
    # Dutch.
    r"huiduitslag",
    r"vlek(?:jes|ken) (?:op|over) (?:haar|zijn|mijn|je|de|het) (?:buik|rug|gezicht|armen|benen|lijf|huid|borst|nek|hele lijf)",
    r"suikerwaarde\w*",
    r"suikerspiegel\w*",
    r"jeuk\w*",
    r"eczeem",
    r"netelroos",
    r"waterpokken",
    r"mazelen",
    r"roodvonk",
    r"misselijk\w*",
    r"duizelig\w*",
    r"spugen",
    r"buikgriep",
    r"verkouden\w*",
    r"snotneus",
    r"verstuikt\w*",
    r"verzwikt\w*",
    r"verzwikking",
    r"gekneusd\w*",
    r"kneuzing\w*",
    r"gezwollen",
    r"opgezwollen",
    _BODY_NL
    + r" (?:is |zijn )?(?:gebroken|verstuikt|gekneusd|opgezwollen|gezwollen|ontstoken)",
    r"gebroken " + _BODY_NL,
    r"(?:arm|been|pols|bot|heup|enkel|rib|sleutelbeen|teen|vinger)breuk\w*",
    r"hechtingen",
    r"geopereerd",
    r"(?:knie|heup|oog|hart|rug|schouder|staar|galblaas|amandel|blinde darm)operatie\w*",
    r"narcose",
    r"huisartsenpost",
    r"polikliniek",
    r"consultatiebureau",
    r"verpleeghuis\w*",
    r"wijkverpleg\w*",
    r"verloskundige\w*",
    r"(?:kinder|oog|kno-|long|huid|bedrijfs|verzekerings|sport)arts\w*",
    r"ongesteld\w*",
    r"miskraam",
    r"opvliegers",
    r"overspannen",
    r"paniekaanval\w*",
    r"angststoornis\w*",
    r"slaapproblemen",
    r"slapeloos\w*",
    r"zelfmoord\w*",
    r"eetstoornis\w*",
    r"hooikoorts",
    r"kraamzorg\w*",
    r"kraamverzorg\w*",
    r"(?:griep|corona|covid|tetanus|booster|hpv|mazelen)prik\w*",
    r"bloedonderzoek\w*",
    r"bloedtest\w*",
    r"bloedwaarden",
    r"(?:zwangerschaps|pret|termijn)echo\w*",
    r"slaappil\w*",
    r"rennie",
    # Polish.
    r"wysypk\w*",
    r"(?:kropki|plamki|plamy|krostki) (?:na|po) (?:calym )?(?:brzuchu|brzuszku|buzi|twarzy|plecach|rekach|nogach|ciele|ciałku|cialku|skorze|szyi|klatce)",
    r"krostk\w*",
    r"mi niedobrze",
    r"cukier (?:mi|mu|jej) (?:\w+ )?(?:skoczyl|spadl|wzrosl|podskoczyl|jest|wynosi)",
    r"swedzi\w*",
    r"pokrzywk\w*",
    r"ospa",
    r"ospy",
    r"ospe",
    r"podgoraczk\w*",
    r"podwyzszon\w* temperatur\w*",
    r"mdlosci",
    r"nudnosci",
    r"zawrot\w* glowy",
    r"wymiot\w*",
    r"biegunk\w*",
    r"kaszl\w*",
    r"przeziebi\w*",
    r"grypie",
    (
        r"zapaleni\w* (?:pluc|ucha|uszu|oskrzeli|gardla|zatok|pecherza|spojowek|migdalkow|stawow|stawu|sciegna|sciegien|nerwu|kaletki|wyrostka|skory|jelit"
        r"|zoladka|nerek|opon)"
    ),
    r"infekcj\w*",
    r"(?:roto|noro)wirus\w*",
    r"zlamal\w* (?:sobie )?" + _BODY_PL,
    _BODY_PL
    + r" (?:jest |ma )?(?:zlaman\w*|spuchniet\w*|skrecon\w*|zwichniet\w*|w gipsie)",
    r"skrecon\w* (?:kostk\w*|nadgarst\w*|kolan\w*|staw\w*)",
    r"zwichn\w*",
    r"spuchn\w*",
    r"spuchl\w*",
    r"opuchl\w*",
    r"obrzek\w*",
    r"siniak\w*",
    r"kontuzj\w*",
    r"zabieg(?:u|iem|i|ow|ach|ami)?",
    r"operowan\w*",
    r"izba przyjec",
    r"osrod\w* zdrowia",
    r"polozn\w*",
    r"dietetyk\w*",
    r"ciaz\w*",
    r"miesiaczk\w*",
    r"plodnos\w*",
    r"in vitro",
    r"poronien\w*",
    r"poronil\w*",
    r"menopauz\w*",
    r"uderzenia goraca",
    r"antykoncepcj\w*",
    r"antykoncepcyjn\w*",
    r"stany lekowe",
    r"nerwic\w*",
    r"atak\w* paniki",
    r"wypaleni\w* zawodow\w*",
    r"samobojst\w*",
    r"uczulen\w*",
    r"uczulon\w*",
    r"wziewn\w*",
    r"berodual",
    r"wyniki (?:z |badania )?(?:morfologii|krwi|cytologii|biopsji|rezonansu|tomografii|usg|ekg|moczu)",
    r"morfologi\w* krwi",
    r"usg",
    r"rezonans\w* magnetyczn\w*",
    r"tomografi\w*",
    r"cytologi\w*",
    r"zwolnieni\w* (?:lekarsk\w*|chorobow\w*)",
    r"pigul\w*",
    r"apap",
    r"ibuprom\w*",
    r"polopiryn\w*",
    r"gripex",
    r"rutinoscorbin\w*",
    r"no-spa",
    r"nospa",
    r"etopiryn\w*",
    r"metafen",
    r"pyralgin\w*",
    r"ketonal",
    r"letrox",
    r"acard",
    r"polocard",
    r"bezsennos\w*",
    r"tabletki nasenne",
    # Portuguese.
    r"erupcao cutanea",
    r"comichao",
    r"(?:borbulhas|manchas vermelhas|manchinhas) (?:na|no|nas|nos|pelo|pela|por todo o) (?:pele|barriga|barriguinha|cara|costas|bracos|pernas|corpo|pescoco|peito|rabo)",
    r"chei[oa] de borbulhas",
    r"enjoad[oa]s?(?! (?:d[aeo]s?|dest[ae]s?|disto|disso|com)\b)",
    r"sarampo",
    r"papeira",
    r"enjoo\w*",
    r"tonturas?",
    r"garganta inflamada",
    r"dores? (?:nas|no|na|nos|de) \w+",
    r"engess\w*",
    (
        r"(?:parti|partiu|partiram|torci|torceu|fraturou|fraturei|magoei|magoou|aleijei|aleijou) (?:o |a |os |as |um |uma )?"
        + _BODY_PT
    ),
    _BODY_PT + r" (?:partid[oa]|inchad[oa]|torcid[oa]|fraturad[oa]|engessad[oa])s?",
    r"bloco operatorio",
    r"internad[oa]s?",
    r"posto de saude",
    r"pronto[- ]socorro",
    r"saude 24",
    r"parteira",
    r"obstetra",
    r"nutricionista",
    r"medica de familia",
    r"gravidez",
    r"afrontamentos",
    r"pilulas",
    r"contracetiv\w*",
    r"ansiedade",
    r"depressao",
    r"esgotamento",
    r"baixa medica",
    r"ressonancia magnetica",
    r"raio[- ]?x",
    r"ben-u-ron",
    r"benuron",
    r"griponal",
    r"antigrippine",
    r"dipirona",
    r"dorflex",
    r"rivotril",
    r"ventilan",
    r"insonia",
    # Swedish.
    r"hudutslag",
    r"(?:prickar|blemmor|flackar|prikker|pletter|knopper|blerer|blarer|utslett) (?:pa|over) (?:hela )?(?:hele )?(?:magen|maven|armarna|armene|armen|benen|benene|beina|kroppen|ryggen|halsen|ansiktet|kinderna|kinderne|kinnene|huden|brostet|brystet|rumpan|rumpa|numsen)",
    # a fever said in words: "leo har trettionio och en halv", "she has thirty-nine point five"
    (
        r"(?:har|hat|has|have|tiene|ha|heeft|ma|tem|a) (?:(?:a )?(?:fever|temperature|feber|fieber|febbre|fiebre|koorts"
        r"|goraczk\w*|febre|teplot\w*) (?:of )?)?(?:thirty[- ]?(?:eight|nine)|achtunddreissig|neununddreissig"
        r"|trente[- ](?:huit|neuf)|treinta y (?:ocho|nueve)|trent(?:otto|anove)|achtendertig|negenendertig"
        r"|trzydziesci (?:osiem|dziewiec)|trinta e (?:oito|nove)|trettio?(?:atta|nio|atte|ni)|(?:otte|ni)ogtredive"
        r"|tricet (?:osm|devet)) (?:and a half|point \w+|komma \w+|och en halv|og en halv|e mezzo|y medio|et demi|a pul"
        r"|virgola \w+|coma \w+|virgula \w+|przecinek \w+|carka \w+|cela \w+|grader|degrees|grad|graus|gradi"
        r"|grados|stopni|stupnu)"
    ),
    r"blodsocker\w*",
    r"blodsockr\w*",
    r"blodsukker\w*",
    r"betendelse\w*",
    r"betennelse\w*",
    r"krak(?:s|ts|as)",
    r"kladan?",
    r"kliar",
    r"vattkoppor",
    r"massling\w*",
    r"passjuka",
    r"halsfluss",
    r"inflammation\w*",
    r"inflammerad\w*",
    r"forkyld\w*",
    r"snuva",
    r"hostar",
    r"hostade",
    r"illamaende",
    r"mar illa",
    r"yrsel",
    r"spydde",
    r"kraktes",
    r"krakning\w*",
    r"magsjuk\w*",
    r"vinterkraksjuk\w*",
    r"stukat",
    r"stukade",
    r"stukning",
    r"vrickat",
    r"vrickade",
    r"vrickning",
    r"svullen",
    r"svullet",
    r"svullna\w*",
    r"gipsad\w*",
    r"kryckor",
    r"stygn\w*",
    r"opererad\w*",
    r"opereras",
    r"1177",
    r"bvc",
    r"barnmorsk\w*",
    r"sjukgymnast\w*",
    r"graviditet\w*",
    r"mensvark\w*",
    r"agglossning",
    r"missfall",
    r"klimakteri\w*",
    r"p-pill\w*",
    r"ultraljud\w*",
    r"angest\w*",
    r"panikangest",
    r"utbrand",
    r"utmattningssyndrom",
    r"nedstamd",
    r"sjalvmord\w*",
    r"hosnuva",
    r"astma\w*",
    r"bricanyl",
    r"airomir",
    r"provsvar\w*",
    r"remiss\w*",
    r"sjukintyg\w*",
    r"treo",
    r"citodon",
    r"pamol",
    r"ibumetin",
    r"losec",
    r"levaxin",
    r"propavan",
    r"imovane",
    r"smartstillande\w*",
    r"smartor",
    r"somntablett\w*",
    r"somnlos\w*",
    # Danish.
    r"udslet\w*",
    r"kloe",
    r"skoldkopper",
    r"meslinger",
    r"faresyge",
    r"forkolet",
    r"hoster",
    r"hjemmesygeplej\w*",
    r"hostede",
    r"hostet",
    r"hoste(?:saft|anfald|medicin)\w*",
    r"torhoste",
    r"kvalme\w*",
    r"svimmel\w*",
    r"kast(?:e|er|ede|et|a) op",
    r"kast(?:e|er|et|a) opp",
    r"opkast\w*",
    r"oppkast\w*",
    r"mavesyge",
    r"forstuv\w*",
    r"forstu(?:et|ing)",
    r"krykker",
    r"stingene",
    r"opereret",
    r"opereres",
    r"operert",
    r"legevagt\w*",
    r"sundhedsplejerske\w*",
    r"jordemoder\w*",
    r"jordmor\w*",
    r"egen lege",
    r"eglosning",
    r"egglosning",
    r"spontan ?abort",
    r"overgangsalder\w*",
    r"hedeture",
    r"hetetokter",
    r"angstanf\w*",
    r"angstlidelse\w*",
    r"panikk?anf\w*",
    r"udbrendt",
    r"utbrent",
    r"nedtrykt",
    r"nedstemt",
    r"selvmord\w*",
    r"hofeber",
    r"provesvar\w*",
    r"(?:mr|ct|pet)-?scann\w*",
    r"legeerklering\w*",
    r"kodimagnyl",
    r"magnyl",
    r"pinex",
    r"sovepille\w*",
    r"sovemedisin\w*",
    r"sovetablett\w*",
    r"sovnlos\w*",
    r"sovnproblemer",
    # Norwegian.
    r"utslett",
    r"vannkopper",
    r"kusma",
    r"forkjolet",
    r"snue",
    r"spyr",
    r"omgangssyk\w*",
    r"magesyk\w*",
    r"helsesykepleier\w*",
    r"helsesoster\w*",
    r"svangerskap\w*",
    r"paralgin\w*",
    r"aerius",
    r"nobligan",
    r"sobril",
    r"somac",
    # Czech.
    r"vyrazk\w*",
    r"(?:tecky|tecicky|flicky|puchyrky|pupinky|skvrny|skvrnky) (?:na|po) (?:celem )?(?:brisku|brise|zadech|obliceji|oblicejiku|rukou|nohou|tele|telicku|kuzi|krku|hrudi|zadecku)",
    r"(?:vyvrtl|podvrtl|vymkl)\w* (?:si )?(?:kotnik|zapesti|koleno|rameno|prst|nohu|ruku|kycel|kotniky)",
    r"cukr (?:mi|mu|ji) (?:\w+ )?(?:vyskocil|spadl|stoupl|klesl)",
    r"svedeni",
    r"svedi",
    r"koprivk\w*",
    r"nestovic\w*",
    r"spalnick\w*",
    r"priusnic\w*",
    r"zanet\w*",
    r"nachlazen\w*",
    r"ryma",
    r"rymou",
    r"kasl\w*",
    r"zvysen\w* teplot\w*",
    r"nevolnost\w*",
    r"je mi zle",
    r"je mi spatne",
    r"zvrac\w*",
    r"prujem\w*",
    r"zavrat\w*",
    r"toci se mi hlava",
    r"bolest\w*",
    r"me boli",
    r"boli (?:ho|ji|nas|te|vas|mne|go|ja)",
    r"nemocne",
    r"nemocen",
    r"nemocnou",
    r"nemocneho",
    r"nemocnemu",
    r"nemoci",
    r"zlomenin\w*",
    r"vymknut\w*",
    r"vyvrtnut\w*",
    r"podvrtnut\w*",
    r"otekl\w*",
    r"otok\w*",
    r"modrin\w*",
    r"zlomil\w* (?:si )?" + _BODY_CS,
    _BODY_CS + r" (?:je |mam |ma )?(?:zlomen\w*|otekl\w*|natekl\w*|vymknut\w*|v sadre)",
    r"operovat",
    r"operovan\w*",
    r"odoperov\w*",
    r"hospitalizov\w*",
    r"urgentni\w* prijem\w*",
    r"zdravotni sestr\w*",
    r"porodni asistent\w*",
    r"fyzio",
    r"tehoten\w*",
    r"menzes",
    r"mesick\w*",
    r"potratil\w*",
    r"samovoln\w* potrat\w*",
    r"antikoncepc\w*",
    r"uzkost\w*",
    r"panick\w* (?:atak\w*|porucha|poruchu)",
    r"depresi",
    r"depresivn\w*",
    r"syndrom\w* vyhoreni",
    r"sebevrazd\w*",
    r"senn\w* ryma",
    r"magneticka rezonance",
    r"krevni obraz",
    r"neschopenk\w*",
    r"pracovni neschopnost\w*",
    r"acylpyrin\w*",
    r"coldrex",
    r"modafen",
    r"neurol",
    r"lexaurin",
    r"stoptussin",
    r"olynth",
    r"endiaron",
    r"algifen",
    r"nespavost\w*",
    r"prasky na spani",
    # Said in passing: back pain, a pressure on the chest, a swollen wrist, a long illness, weeks of pregnancy.
    r"back (?:has been |is |keeps )?(?:killing|hurting|aching)",
    r"dor(?:es)? n[ao]s? (?:costas|peito|joelho|ombro|pescoco|cabeca|barriga|perna)",
    r"gevoel op (?:m'?n|mijn) borst",
    r"pijn op (?:de|m'?n|mijn) borst",
    r"schouder staat (?:helemaal )?scheef",
    r"jattesvull\w*",
    r"svullna",
    r"sovnapno",
    r"somnapne\w*",
    r"apnee du sommeil",
    r"apnea (?:del sueno|notturna|do sono)",
    r"slaapapneu",
    r"bezdech\w*",
    r"hjartsvikt",
    r"hjertesvigt",
    r"hjertesvikt",
    r"herzinsuffizienz",
    r"herzschwache",
    r"insuffisance cardiaque",
    r"insuficiencia cardiaca",
    r"scompenso cardiaco",
    r"hartfalen",
    r"niewydolnosc serca",
    r"srdecni selhani",
    r"esta de \w+ semanas",
    r"estoy de \w+ semanas",
    r"estou de \w+ semanas",
    r"je suis (?:enceinte )?(?:a|de) \w+ semaines",
    r"sono (?:alla|di) \w+ settiman\w*",
    r"ik ben \w+ weken (?:zwanger|onderweg)",
    r"jestem w \w+ tygodniu",
    r"jsem v \w+ tydnu",
    # pneumonia in the other languages: "estoy de baja por una neumonía"
    # intimate health in everyday words: infections, cycles, fertility treatment, contraception, menopause
    r"(?:gonorrh?o?ea|gonorr?he|gonorrea|gonore|kapavk\w*|rzezaczk\w*|tripper|druiper)",
    r"(?:chlamydi\w*|klamydi\w*|clamidi\w*)",
    r"(?:herpes genital\w*|genital herpes|genitalherpes|syphilis|syfilis|sifilis)",
    r"(?:std|stds|sti|stis|soa|sexually transmitted\w*|geschlechtskrankheit\w*|pohlavni nemoc\w*)",
    r"(?:hiv|vih)",
    r"(?:hpv|papilloma\w*|celleprov\w*|cellprov\w*|pap smear|smear test|uitstrijkje|cervical screening)",
    (
        r"(?:(?:vaginal|some|green|white|brown|yellow|smelly) discharge|discharge down there|vaginaler ausfluss"
        r"|ausfluss aus der scheide|pertes blanches|flujo vaginal|perdite (?:bianche|vaginali|di sangue)|afscheiding"
        r"|uplaw\w*|corrimento|flytningar|udflad|utflod|vytok\w*)"
    ),
    (
        r"(?:burns?|burning|brennt|brule|brulures|arde|escuece|brucia|bruciore|brandt|pali|piecze|svier|svider|sviar)"
        r"(?: \w+){0,3}? (?:when|wenn|beim|en|al|quando|quand|bij|przy|pri|nar|ved|cuando) (?:\w+ )?(?:pee\w*|wee\w*"
        r"|urin\w*|pinkel\w*|pipi|fa pipi|fai pipi|faz xixi|xixi|plassen|sikan\w*|sika|curani|curam|tisser|tisse|kissar"
        r"|kissa|orinar|mear|hace pis|pis|plasser)"
    ),
    (
        r"(?:late period|period is late|period'?s late|missed (?:my |her )?period|retard de regles|regles en retard"
        r"|tage (?:sind )?(?:\w+ ){0,4}?uberfallig|periode (?:ist )?uberfallig|falta (?:de )?la regla|regla (?:no )?me baja"
        r"|ritardo (?:del ciclo|di \w+ giorni)|ho un ritardo|ongesteld\w*|menstruat\w*|okres (?:\w+ )?spozni\w*"
        r"|miesiaczk\w*|menstrua\w*|mensen (?:startet|kom|er sen)|fatt mensen|menssmerter|zpozdeni menstruace|menses|mes regles)"
    ),
    (
        r"(?:my|mein|meinen|mon|mi|il mio|mijn|moj|meu|min|mitt|muj|her|ihr|son|su) (?:last |letzter |dernier |ultimo )?"
        r"(?:cycle|zyklus|ciclo|cyclus|cykl|syklus|cykel|cyklus)"
    ),
    r"(?:syklusen|zyklus|dernier cycle|ultimo ciclo|mijn cyclus)",
    (
        r"(?:ovulat\w*|ovulo|ovulacion|ovulazione|eisprong|owulacj\w*|ovulacao|agglossning|aegglosning|eggl[oø]sning\w*"
        r"|ovulac\w*|eisprung)"
    ),
    (
        r"(?:fertile window|fertile days|fruchtbare tage|fruchtbaren tage|jours fertiles|dias fertiles|giorni fertili"
        r"|vruchtbare dagen|dni plodne|dias ferteis|fertila dagar|frugtbar\w*|fruktbar\w*|plodne dny|most fertile)"
    ),
    (
        r"(?:ivf|iui|icsi|insemin\w*|inseminac\w*|inseminasjon\w*|fiv|pma|kinderwunsch\w*|fertility (?:clinic|treatment)"
        r"|transferencia embrionaria|transferencia de embrioes|transfert d'embryon|embryo ?transfer\w*|embryotransfer\w*"
        r"|egg retrieval|eizellentnahme|ponction ovocytaire|puncion ovarica|follikelpunctie|punctie|egguttak\w*"
        r"|agguttag\w*|aegudtagning|monitoraggio follicolare|stimulation ovarienne)"
    ),
    (
        r"(?:progesteron\w*|progestero\w*|gonal[- ]?f|menopur|clomi\w*|letrozol\w*|ovitrelle|cetrotide|orgalutran|hcg"
        r"|beta ?hcg|hormone (?:shots?|injections?)|hormonspritz\w*|hormonsproyt\w*|hormonsprut\w*|injecoes de hormonas"
        r"|inyecciones de estimulacion)"
    ),
    (
        r"(?:nuva ?ring\w*|nuvaring\w*|vaginal ring|verhutungsring|anneau contraceptif|anillo (?:vaginal|anticonceptivo)"
        r"|anello (?:vaginale|contraccettivo)|anel (?:vaginal|contracetivo)|p-ring\w*|p-spr[oø]yt\w*|p-plaster"
        r"|p-piller|p-pill\w*|antibabypille|la pilule|la pildora|la pillola|anticoncep\w*|contracep\w*|contraccett\w*"
        r"|verhutung\w*|antikoncep\w*|preservativ\w*|condoms?|kondom\w*)"
    ),
    (
        r"(?:morning[- ]after(?:[- ]?pil\w*)?|pille danach|pilule du lendemain|pildora del dia despues|pillola del giorno dopo"
        r"|morning-afterpil|tabletka dzien po|pilula do dia seguinte|dagen efter-piller|fortrydelsespille\w*|angrepille\w*"
        r"|akut p-piller|pilulk\w* po|postinor|ellaone)"
    ),
    (
        r"(?:iud|sterilet\w*|diu|spirale (?:al rame|ormonale)|kopparspiral\w*|kobberspiral\w*|hormonspiral\w*|nitelk\w*"
        r"|mirena|kyleena)"
    ),
    (
        r"(?:hot flash\w*|hot flush\w*|hitzewallung\w*|bouffees de chaleur|sofocos|vampate|opvlieger\w*|uderzeni\w* goraca"
        r"|afrontamentos|vallningar|hedeture|hetetokter|navaly|menopaus\w*|wechseljahr\w*|perimenopaus\w*"
        r"|climaterio|menopauz\w*|overgangsalder\w*|klimakteri\w*|vaginal ?gel\w*|vaginalgel\w*|vaginal dryness)"
    ),
    (
        r"(?:leak(?:s|ing)? (?:\w+ ){0,2}?when (?:i |she )?(?:sneeze|laugh|cough)|pelvic floor|beckenboden\w*|perinee|suelo pelvico"
        r"|pavimento pelvico|bekkenbodem|dno miednicy|baeckenbotten|bakkenbund|bekkenbunn|panevni dno"
        r"|unika mi moc|escapa-me xixi|se me escapa (?:el )?pis|perdo urina|urinverlust|inkontinen\w*|incontinen\w*"
        r"|nietrzymani\w* moczu|inkontinens|tommer blasan|tomme blaeren|kissa hela tiden|tisse hele tiden)"
    ),
    (
        r"(?:erectile|erektil\w*|erection|erektion\w*|impoten\w*|viagra|cialis|sildenafil|tadalafil|dysfonction erectile"
        r"|disfuncion erectil|disfunzione erettile|erectiestoornis|zaburzeni\w* erekcji|disfuncao eretil|potensproblem\w*)"
    ),
    (
        r"(?:miscarriage|fehlgeburt|fausse couche|aborto espontaneo|aborto spontaneo|miskraam|poronien\w*|missfall"
        r"|spontan abort|potrat\w*|schwangerschaftsabbruch)"
    ),
    (
        r"(?:vasectom\w*|vasektom\w*|endometrio\w*|pcos|polycyst\w*|svampeinfektion|soppinfeksjon|svampinfektion"
        r"|yeast infection|scheidenpilz|mycose vaginale|candidiasis|kul i pungen|knoten im hoden|bulto en el testiculo"
        r"|lump (?:in|on) (?:my|his) (?:testicle|balls))"
    ),
    # weeks of a pregnancy and its due date: "Lena ist in der sechsten Woche", "når har hun termin"
    (
        r"(?:in der (?:ersten|zweiten|dritten|vierten|funften|sechsten|siebten|achten|neunten|zehnten|elften|zwolften) woche"
        r"|je v (?:\w+ )?(?:prvnim|druhem|tretim|ctvrtem|patem|sestem|sedmem|osmem|devatem|desatem) tydnu"
        r"|is \w+ weeks pregnant|in week \w+ of (?:her|my) pregnancy|a \w+ semaines de grossesse|de \w+ semanas de embarazo"
        r"|geburtstermin|date d'accouchement|fecha (?:probable )?de parto|data (?:presunta )?del parto|uitgerekende datum"
        r"|termin porodu|data prevista do parto|beraknat forlossningsdatum|terminsdato|har (?:hun|jeg|du|hon|hen) termin|(?:hun|jeg|du|hon|hen) har termin)"
    ),
    r"neumonia",
    # the heart: a murmur, an infarct, beta blockers, a valve, anticoagulants
    (
        r"(?:soplo (?:en el |al )?coraz\w*|soplo cardiaco|ecocardiograf\w*|echocardiogra\w*|herzgerausch|souffle (?:au coeur"
        r"|cardiaque)|soffio (?:al cuore|cardiaco)|hartruis|szmer\w* (?:w sercu|serca)|sopro (?:no coracao|cardiaco)|blasljud"
        r"|hjertemislyd|srdecni selest|infarct\w*|infarto|herzinfarkt|hartaanval|zawal\w*|hjartinfarkt|hjerteinfarkt"
        r"|hjerteanfald|infarkt\w*|beta ?bloquant\w*|betabloquant\w*|betablocker\w*|beta-blocker\w*|betabloqueante\w*"
        r"|betabloccant\w*|betabloker\w*|betabloqueador\w*|betablokker\w*|betablokator\w*|acenokumarol\w*|acenocumarol\w*"
        r"|acenocoumarol\w*|wymian\w* zastawki|valve replacement|herzklappe\w*|remplacement valvulaire|hartklep\w*"
        r"|zastawk\w*|hjartklaff\w*|hjerteklap\w*|srdecni chlop\w*)"
    ),
    # Czech blood pressure of the speaker: "jaký jsem měl ráno tlak"
    r"(?:jsem mel|jsem mela|mel jsem|mela jsem|mam|namerili mi|muj)(?: \w+){0,2}? tlak\w*",
    r"polmonite",
    r"longontsteking",
    r"lungenentzundung",
    r"pneumonie",
    r"zapaleni\w* pluc",
    r"lunginflammation",
    r"lungebetaendelse",
    r"lungebetennelse",
    r"zapal\w* plic",
    # on sick leave: "estoy de baja", "sono in malattia", "jestem na zwolnieniu"
    r"(?:estoy|sigo) de baja",
    r"sono in malattia",
    r"jestem na (?:zwolnieniu|l4)",
    r"estou de baixa",
    r"(?:i'm|im|i am) (?:off )?on sick leave",
    r"je suis en arret (?:maladie|de travail)",
    r"(?:ik ben|ik zit) (?:\w+ )?ziek ?gemeld",
    # a parent's or grandparent's reading: "la tensión al abuelo", "quanto aveva di pressione il nonno", "de suiker van opa"
    (
        r"(?:tension|pressione|pressao|bloeddruk|blutdruck|tlak|cisnienie|blodtryck|blodtryk|blodtrykk|sugar|suiker|zucker"
        r"|sucre|azucar|zucchero|glicemia|glucemia|glykemie|cukier|acucar|socker|sukker|cukr)(?: \w+){0,2}? (?:de|del|de la"
        r"|al|a la|van|of|von|vom|der|di|della|dello|dla|u|da|do|hos|til|for|pro|il|la|el|le|the|ha)(?: \w+)? "
        + ELDERS_AND_PARENTS
        + r"(?![a-z])"
    ),
    # memory getting worse: "sa mémoire baisse", "a memória dela tá piorando", "det går nedover med hukommelsen"
    (
        r"(?:sa|son|his|her|their|ihr|ihre|sein|seine|su|sua|zijn|haar|jej|jego|hennes|hans|hendes|deres|jeho|jeji)"
        r" (?:memory|memoire|memoria|gedachtnis|geheugen|pamiec|hukommelse|minne|pamet)(?: \w+){0,2}? (?:baisse|decline"
        r"|declining|is getting worse|getting worse|is going|failing|lasst nach|nachlasst|wird schlechter|empeora\w*"
        r"|peggiora\w*|gaat achteruit|pogarsza sie|piora\w*|forsamras|blir samre|forverres|blir verre|horsi)"
    ),
    r"(?:a|la) memoria (?:dela|dele|sua|suya|di \w+|de \w+)(?: \w+){0,2}? (?:piora\w*|peggiora\w*|empeora\w*)",
    (
        r"(?:nedover|nedad|bergab|downhill|achteruit) (?:med|mit|with|met) (?:the |der |dem |het |hans |hennes |hendes )?"
        r"(?:hukommelsen|hukommelse|minnet|gedachtnis|memory|geheugen)"
    ),
    r"geheugendagboek",
    r"gedachtnistagebuch",
    r"hukommelsesdagbo\w*",
    r"minnesdagbo\w*",
    r"memory diary",
    # the pill box or dispenser: "ist opas pillenbox heute aufgemacht worden", "o histórico do dispensador"
    (
        r"(?:pill ?box\w*|pill (?:dispenser|organi[sz]er)\w*|pillen(?:box|dose|doos|spender)\w*|tabletten(?:box|dose)\w*"
        r"|medikamenten(?:spender|dose|box)\w*|pilulier\w*|pastiller\w*|portapillol\w*|medicijn(?:doos|dispenser)\w*"
        r"|dozownik\w* (?:lekow|tabletek|na leki)|pojemnik\w* na leki|dispensador(?:es)? (?:de|das|dos) (?:medicamentos"
        r"|comprimidos|pastillas|pilulas|remedios)|porta-comprimidos|dosett\w*|pilleesk\w*|pilleboks\w*|pilledispenser\w*"
        r"|medicindispenser\w*|davkovac\w* (?:leku|tablet)|krabick\w* na leky)"
    ),
    r"varfin\w*",
    r"varfarin\w*",
    r"warfarin\w*",
    r"war farin",
    r"(?:morgon|kvalls|morgen|aften|kvelds|abend)tablett\w*",
    r"(?:sina|sine|hans|hennes|hendes) (?:tabletter|piller|medisiner|mediciner|medicin)",
    r"warfaryn\w*",
    r"marcoumar",
    r"metylfenid\w*",
    r"metylofenid\w*",
    r"methylfenid\w*",
    r"metilfenid\w*",
    # readings of the heart, pressure and sugar: "pulsdataene til farmor", "bloeddrukmetingen van oma Riet"
    r"herzfrequenz\w*",
    r"pulsdat\w*",
    r"pulsmaling\w*",
    r"pulsmatning\w*",
    r"bloeddrukmeting\w*",
    r"blutdruckmessung\w*",
    r"blutdruckwert\w*",
    r"glukoz\w*",
    r"glykemi\w*",
    (
        r"(?:tlak|tlaku|cukr|cukru|cisnieni[ea]|cukier)(?: \w+){0,2}? "
        + ELDERS_AND_PARENTS
        + r"|"
        + ELDERS_AND_PARENTS
        + r"(?: \w+){0,3}? (?:tlak|tlaku|cukr|cukru|cisnieni[ea]|cukier)(?![a-z])"
    ),
    # after a birth: "od porodu se cítím úplně prázdná", "i cant stop crying since the baby came"
    (
        r"(?:since|after) (?:the )?(?:birth|baby came|baby was born|c-section)|postpartum|postnatal|baby blues"
        r"|(?:seit|nach) der geburt|wochenbett\w*|(?:depuis|apres) l'?accouchement|desde el parto|despues del parto"
        r"|posparto|postparto|(?:dal|dopo il) parto|(?:sinds|na) de bevalling|od porodu|po porodzie|po porodu"
        r"|poporodn\w*|(?:desde|depois d)o parto|pos-parto|(?:sen|sedan|efter) forlossningen|forlossningsdepression\w*"
        r"|(?:efter|siden) fodslen|fodselsdepression\w*|(?:etter|siden) fodselen|fodselsdepresjon\w*"
    ),
    # a pregnancy's week and complaints: "jeg er i uge seksogtredive", "vorzeitige Wehen", "foglossning"
    (
        r"(?:jeg|hun|jag|hon) (?:er|ar) i (?:uge|vecka|uke) \w+|vorzeitige wehen|(?:meine|ihre) wehen"
        r"|beschaftigungsverbot|foglossning\w*|bekkenlosning\w*|baekkenlosning\w*|(?:my|her|our) due date"
    ),
    # a baby's nappies, feeds and growth: "log a dirty nappy", "segna una poppata di 120 ml", "curva di crescita"
    (
        r"(?:dirty|runny|poo|poopy) (?:nappy|nappies|diaper|diapers)|fralda com (?:coco|xixi)|volle windel"
        r"|couche (?:sale|pleine)|panal (?:sucio|con caca)|pannolino (?:sporco|con la cacca)|vieze luier|poepluier"
        r"|brudn\w* pieluch\w*|bajsblo\w*|(?:biberon|poppata|mamadeira|biberao|flaschchen|flesje|fles|tateflaske"
        r"|sutteflaske|nappflaska|flaska|butelk\w*|bottle|feed)\w* (?:\w+ ){0,2}?\d+ ?ml|(?:a|an|one) \d+ ?ml (?:bottle|feed)"
        r"|growth (?:chart|curve)|curva di crescita|bilancio di salute|groeicurve|wachstumskurve|courbe de croissance"
        r"|curva de crec\w*|siatk\w* centylow\w*|tillvaxtkurva|vaekstkurve|vekstkurve|rustov\w* krivk\w*"
    ),
    # ADHD medicines: "kolik miligramů concerty bere vojta", "quantos miligramas de rubifen toma o tomás"
    r"concert[ay]",
    r"medikinet\w*",
    r"ritalin\w*",
    r"rubifen",
    r"elvanse",
    r"equasym\w*",
    r"strattera",
    r"atomoxetin\w*",
    # acne medication: "Mia's isotretinoin refill", "haar acnepil", "mias aknemedicin"
    r"isotretino\w*",
    r"roaccutan\w*",
    r"accutane",
    r"acnepil\w*",
    r"akne ?medi\w*",
    r"acne (?:medication|medicine|pills?|tablets?)",
    # pregnancy scans and weeks, a baby's formula, feeds, nappies and weight curve: "the twenty week scan",
    # "Mia hat gerade 150 ml Pre-Milch getrunken", "bæsjebleie klokka kvart på fire", "trag das in ihre Gewichtskurve ein"
    (
        r"(?:twenty|20)[- ]week scan|anomaly scan|dating scan|nuchal\w*|nakkefold\w*|nackenfalte\w*|feindiagnostik"
        r"|(?:twintig|20)[- ]weken ?echo|ultralyd\w* i uke \w+|rutinultraljud\w*|ersttrimester\w*"
        r"|hvor mange (?:uger|uker) (?:er jeg|pa vei)|termindato\w*|berakna\w* forlossningsdatum\w*|wie weit bin ich"
        r"|welche schwangerschaftswoche|how far along am i"
    ),
    (
        r"(?:ml|milliliter) (?:\w+ )?(?:moderm\w*|pre-?milch|formula|muttermilch|modersmjolk\w*|mleka modyfikowan\w*"
        r"|leche de formula|latte artificiale|kunstvoeding|flesvoeding|lait infantile)|toma de pecho|amming\w*"
        r"|(?:log|note|track)\w* (?:\w+ ){0,2}?breastfe\w*"
    ),
    (
        r"pln\w* plenk\w*|vad ble|windel (?:war )?voll|pannolino bagnato|b\w*sjeble\w*|bajsble\w*|pieluch\w* z kup\w*"
        r"|gewichtskurve|pesee de la pmi|bei der u\d(?![a-z0-9])"
    ),
    # eating disorders in the other languages: "Mias ätstörning", "trastornos de la conducta alimentaria"
    (
        r"(?:atstorning|spiseforstyrr|trastorno\w* (?:de la conducta )?alimentari|troubles? (?:du comportement )?alimentaire"
        r"|disturb\w* (?:del comportamento )?alimentar|zaburzeni\w* odzywiania|transtorno\w* alimentar|poruch\w* prijmu potravy)\w*"
    ),
    r"psychoterap\w*",
    # a parent's emergency button or fall sensor: "bestefar trykket vel ikke på den alarmknappen i natt igjen"
    ELDERS_AND_PARENTS + r"(?: \w+){0,6}? " + EMERGENCY_CALLS,
    EMERGENCY_CALLS + r"(?: \w+){0,6}? " + ELDERS_AND_PARENTS,
    SPEAKER_BITTEN,
)

# Health words that are private only in a personal construction, each with the word that gates it (a word of
# every match starts with it): "my period" but not "a period of time", "in the hospital" but not "the nearest hospital".
HEALTH_IN_CONTEXT: tuple[tuple[str, str], ...] = (
    # English.
    ("period", r"(?:my|her|your|their|on (?:my|her|your)) periods?"),
    (
        "period",
        r"periods? (?:pains?|cramps|is late|are late|was late|came|started|tracker|app|is due|symptoms|blood)",
    ),
    ("period", r"(?:late|heavy|irregular|painful|first|missed) periods?"),
    (
        "operation",
        r"(?:my|his|her|their|your|mum'?s|mom'?s|dad'?s|grandma'?s|grandpa'?s) (?:\w+ )?operation(?! mode)",
    ),
    ("stitch", r"(?:my|his|her|their|your) stitches"),
    (
        "swollen broken sprain bruise sore numb stiff killing hurting aching throbbing infected itchy bleeding",
        r"(?:my|his|her|their|your) (?:left |right )?"
        + _BODY_EN
        + r" (?:is|are|was|were|feels?|looks?|has been|is still|keeps?) (?:really |so |very |a bit |still |all |quite |pretty )?"
        r"(?:swollen|broken|sprained|bruised|sore|numb|stiff|killing (?:me|him|her)|hurting|aching|throbbing|infected|itchy|bleeding)",
    ),
    (
        "killing",
        r"(?:my|his|her|their) (?:left |right )?"
        + _BODY_EN
        + r"(?:'s| is) killing (?:me|him|her|them)",
    ),
    (
        "spots",
        r"(?:covered in|came out in|broke out in|breaking out in) (?:red |little |itchy |tiny )?spots",
    ),
    (
        "spots",
        r"spots all over (?:his|her|my|their|the baby'?s) (?:body|tummy|face|back|chest|arms|legs)",
    ),
    (
        "temperature",
        r"(?:his|her|their|the baby'?s|\w+'s) temperature (?:is|was|'s|went up to|is up to|reached|hit) (?:3[7-9]|4[01])(?:[.,]\d)?(?! ?(?:degrees )?f(?:ahrenheit)?\b)",
    ),
    (
        "expecting",
        r"(?:we'?re|she'?s) expecting(?= *(?:[.,!?]|$))",
    ),
    (
        "cramps",
        r"(?:stomach|period|leg|menstrual|bad|awful|terrible|painful|got|have|having|has|with|getting) cramps",
    ),
    (
        "expecting",
        r"(?:we'?re|she'?s|we are|she is|i'?m|i am) expecting (?:a baby|our (?:first|second|third|fourth) (?:baby|child)|twins|triplets|a (?:boy|girl|little (?:boy|girl|one)))",
    ),
    (
        "due",
        r"(?:the baby is|the baby'?s|baby is|baby'?s) due (?:in|on|next|at the end of|any day)",
    ),
    ("stitch", r"(?:needed|got|get|had|have|has|needs|need|needing) (?:\w+ )?stitches"),
    ("operation", r"(?:had|have|having|has|needs?|need) an operation"),
    (
        "temperature",
        (
            r"(?:has|have|had|got|running|runs|run) a (?:high |slight |little |bit of a |low[- ]grade )?temperature"
            r"(?! (?:sensor|reading|setting|in|on|control|probe)\b)(?! of (?!(?:a hundred|one hundred|3[7-9]|4[01]|10[0-5])\b))"
        ),
    ),
    (
        "cold",
        r"(?:got|has|have|had|caught|catch|catching|getting|with|fighting) a (?:bad |nasty |heavy |head |chest |stinking |summer |little |bit of a )?cold(?! (?:day|night|drink|shower|snap|front|beer|water|brew|start|room|one|spot|plunge|weather|bath|wind|air)s?\b)",
    ),
    (
        "tablet",
        r"tablets (?:are )?(?:left|remaining|in the (?:box|pack|packet|bottle))",
    ),
    ("tablet", r"tablets? (?:a day|per day|twice a day|three times a day)"),
    ("tablet", r"tablets? (?:do|does) (?:i|we|he|she|they) (?:still )?have left"),
    (
        "tablet",
        r"(?:take|took|taking|takes|swallow\w*|crush\w*) (?:two |a |an |one |half a |\d+ )tablets?",
    ),
    (
        "tablet",
        r"(?:take|took|taking|takes|swallow\w*|crush\w*) (?:my |his |her |the |your )?tablets",
    ),
    (
        "tablet",
        r"(?:pain|sleeping|iron|water|allergy|blood pressure|heart|thyroid|hay ?fever|travel sickness|antibiotic|steroid) tablets?",
    ),
    (
        "sick ill unwell dizzy nause faint feverish poorly lighthead queas",
        r"(?:i'?m|i am|i feel|feel|feeling|felt|i was|i'?ve been|been|he'?s|she'?s|they'?re|we'?re|getting) (?:so |really |a bit |very |quite |kind of |still )?(?:sick|ill|unwell|dizzy|nauseous|faint|feverish|poorly|lightheaded|queasy)(?! of\b| and tired)",
    ),
    ("unwell", r"(?:feel|feeling|felt|is|was|been|are) (?:\w+ )?unwell"),
    # a family member is sick: "my son is sick", "the kids are ill again"
    (
        "sick ill poorly feverish",
        (
            r"(?:son|daughter|kid|kids|child|children|baby|boy|girl|toddler|husband|wife|partner|mum|mom|mommy|dad|daddy"
            r"|mother|father|grandma|grandpa|granny|nan|brother|sister|twins) (?:is|are|was|were|has been|have been|got|feels"
            r"|seems) (?:so |really |a bit |very |quite |still |off |home |all )?(?:sick|ill|poorly|feverish)(?! of\b)"
        ),
    ),
    (
        "rough rubbish awful terrible lousy crap weather",
        (
            r"(?:i'?m|i am|i feel|feeling|felt|i'?ve been feeling) (?:so |really |a bit |very |quite |pretty )?"
            r"(?:rough|rubbish|awful|terrible|lousy|crap|under the weather)(?! about\b)"
        ),
    ),
    ("dizz", r"dizzy spells?"),
    (
        "down low depressed hopeless overwhelm",
        r"(?:feeling|i feel|felt|i'?ve been feeling) (?:so |really |a bit |very |quite |pretty )?(?:down|low|depressed|hopeless|overwhelmed)",
    ),
    (
        "anxious",
        r"(?:i'?m|i am|i feel|feeling|felt|been|so) (?:so |really |very |quite )?anxious(?! to\b)",
    ),
    (
        "burn",
        r"(?:i'?m|i am|i feel|feeling|felt|i was|been|she'?s|he'?s) (?:so |totally |completely |really )?(?:burned|burnt) out",
    ),
    (
        "counsel",
        r"(?:my|his|her|their|our|(?:see|seeing|saw|with) (?:a|the|my|our)) counsell?or",
    ),
    (
        "hospital",
        r"(?:in|at|from|out of|into|leave|left|leaving|discharged from|admitted to|rushed to|taken to|go to|going to|went to|gone to|back to|been to|been in|drive (?:me|him|her|us) to|take (?:me|him|her|us) to|took (?:me|him|her|us) to) (?:the )?hospital(?! corners?)",
    ),
    ("letter", r"(?:hospital|discharge) letter"),
    ("er", r"(?:in|at|to|from) the er"),
    (
        "emergency",
        r"(?:in|at|to|from|been to|went to) (?:the )?emergency (?:room|department)",
    ),
    ("urgent", r"(?:in|at|to|from|been to|went to) (?:an |the )?urgent care"),
    (
        "clinic",
        r"(?:in|at|to|from|been to|went to) (?:the |a )?(?:walk-in |fertility |sexual health |eye |skin |pain |memory )?clinic",
    ),
    ("clinic", r"clinic appointment"),
    ("a&e", r"(?:in|at|to|from|been to|went to) a&e"),
    (
        "nurse",
        r"(?:my|his|her|the|our|school|district|practice|community|health|night|dental) nurse(?! shark)",
    ),
    ("nurse", r"nurse (?:said|says|told|called|rang|visit|appointment|came|is coming)"),
    ("bp", r"(?:my|his|her|mum'?s|mom'?s|dad'?s) bp"),
    ("sugar", r"(?:my|his|her|mum'?s|mom'?s|dad'?s) sugars?"),
    ("pulse", r"(?:my|his|her) pulse"),
    ("jab", r"(?:my|his|her|the baby'?s|the kids'?|second|third|next|booster) jabs?"),
    (
        "shot",
        r"(?:my|his|her|the baby'?s|the kids'?) (?:flu|covid|booster|allergy|tetanus|insulin|b12) shots?",
    ),
    ("puffer", r"(?:my|his|her|blue|brown|asthma|reliever|preventer) puffers?"),
    (
        "result",
        r"(?:my|his|her|their) (?:blood |lab |scan |biopsy |smear |covid |pregnancy |urine |allergy |mri |x-ray |test )+results",
    ),
    ("hives", r"(?:got|has|have|had|with|in|broke out in|breaking out in) hives"),
    ("seizure", r"(?:a|had|has|have|having|his|her|my|febrile) seizures?"),
    ("rehab", r"(?:in|to|from|at|out of) rehab"),
    # German.
    ("notaufnahme", r"(?:in der|in die|aus der|auf der|zur) notaufnahme"),
    ("krankenhaus", r"(?:im|ins|aus dem|vom|in einem|in ein|zum) krankenhaus"),
    ("klinik", r"(?:in der|in die|aus der|in eine|in einer|zur) klinik"),
    (
        "gebroch",
        r"(?:sich|mir|ihm|ihr|dir|uns) (?:den|das|die|einen|ein|eine|beide) (?:linken |rechten |linke |rechte )?"
        + _BODY_DE
        + r" gebrochen",
    ),
    ("gips", r"(?:im|in|einen|ein|den|mit) gips"),
    (
        "operation",
        r"(?:meine?r?|seine?r?|ihre?r?|deine?r?|nach der|vor der|seit der) operation",
    ),
    ("op", r"(?:meine?r?|seine?r?|ihre?r?|deine?r?|nach der|vor der) op"),
    (
        "ausgebrannt",
        r"(?:bin|bist|fuhle mich|fuhlt sich|fuhlst dich) (?:total |vollig |komplett |so |einfach |echt )?ausgebrannt",
    ),
    ("ubergeb", r"(?:mich|sich|dich) (?:\w+ ){0,3}?ubergeben"),
    ("faden", r"faden (?:ziehen|gezogen|entfernen|entfernt)"),
    ("period", r"(?:meine|ihre|deine) periode"),
    (
        "tage",
        r"(?:habe|hab|hat|hatte|bekommen|bekommt|krieg\w*) (?:meine|ihre|seine|deine) tage",
    ),
    (
        "temperatur",
        r"(?:hat|habe|hab|hast|hatte|hatten|haben) (?:leicht |etwas |leichte |erhohte )?temperatur(?! (?:von|in|im|auf)\b)",
    ),
    ("temperatur", r"erhohte temperatur"),
    (
        "ubel schlecht schwindel",
        r"mir ist (?:so |total |etwas |ganz )?(?:ubel|schlecht|schwindelig)",
    ),
    ("zucker", r"(?:mein|sein|ihr|meinen|seinen|ihren) zucker(?:wert\w*|spiegel)?"),
    ("puls", r"(?:mein|sein|ihr|meinen|seinen|ihren) puls"),
    (
        "puls",
        r"(?:min|mit|mitt|hans|hennes|hendes|moj|mojego|muj|meu|minha|mijn|zijn|haar) puls\w*",
    ),
    # the speaker's own reading with the possessive after it or the verb before it: "pulsen min", "vad hade jag
    # för puls", "cuántas pulsaciones tuve", "jakie miałam ciśnienie", "jaký jsem měl ráno tep", "quanti battiti avevo"
    ("puls", r"puls\w* (?:min|mitt|hans|hennes|hendes)"),
    (
        "puls",
        r"(?:hade|har|fick|fikk|havde) (?:jag|jeg|han|hon|hun|du|vi) (?:for |en )?puls",
    ),
    ("pulsacion", r"pulsaciones (?:tuve|tengo|tenia|tuvo|tiene|he tenido|ha tenido)"),
    ("pulsacion", r"(?:mis|sus|tus) pulsaciones"),
    (
        "cisnieni",
        r"(?:mialam|mialem|miala|mial|mam|ma|mialas|miales) (?:\w+ )?cisnieni\w*",
    ),
    ("tep", r"(?:jsem|jsi|jsme|jste) (?:mel|mela|meli)(?: \w+){0,2} tep(?![a-z])"),
    ("tep", r"(?:muj|jeho|jeji|tvuj|moji|jeji) tep(?![a-z])"),
    ("battit", r"battiti (?:avevo|ho|aveva|ha|avevi|hai|avevamo)"),
    ("battit", r"(?:i miei|i suoi|i tuoi) battiti"),
    # French.
    (
        "hopital",
        r"(?:a|de|dans|sorti de|sortie de|aller a|va a|transporte a|emmene a) l'hopital",
    ),
    ("urgence", r"aux urgences"),
    ("clinique", r"(?:a la|de la|en) clinique"),
    (
        "oper",
        r"(?:s'|se |me |m'|te |t'|nous |vous |l'|la |le |les )(?:\w+ )?(?:fait |faire |faites )?operer",
    ),
    ("oper", r"(?:ete|etre|suis|est|sont) operee?s?(?! par\b)"),
    (
        "operation",
        r"(?:mon|son|leur|ton|apres mon|apres son|avant mon|avant son|depuis mon|depuis son|depuis l'|apres l'|avant l') ?operation(?! bancaire)",
    ),
    (
        "enfl gonfl",
        r"(?:enfle|enflee|gonfle|gonflee)s? (?:le |la |l'|les )?" + _BODY_FR,
    ),
    (
        "gonfl enfl casse foul",
        r"(?:mon|ma|mes|son|sa|ses|le|la|les) "
        + _BODY_FR
        + r" (?:est|sont|a l'air) (?:tout |toute |toutes |tous |tres |un peu |super |bien )?(?:casse|cassee|foule|foulee|enfle|enflee|gonfle|gonflee)s?",
    ),
    ("platre", r"(?:un|son|mon|sa|ma) platre"),
    ("psy", r"(?:mon|ma|son|sa|chez le|chez la|chez mon|chez ma) psy"),
    ("cardio", r"chez (?:le |la |mon |ma )?cardio"),
    (
        "regles",
        r"(?:mes|ses|tes|avoir|ai|a|eu) (?:mes |ses |tes )?regles(?! (?:du|de|des|pour)\b| d')",
    ),
    ("gastro", r"(?:une|la|d'une|petite|attrape|chope|choppe) gastro"),
    (
        "temperature",
        r"(?:a|avait|ai|as|fait|faire|fais) (?:de la |un peu de )temperature",
    ),
    (
        "radio",
        r"radio (?:du|de la|des|de l'|au) (?:" + _BODY_FR[3:-1] + r"|thorax|poumons)",
    ),
    (
        "scanner",
        r"(?:passer|passe|fait|faire|resultats? du) (?:un |le )?scanner(?! (?:le|la|les|ce|un|une|du|des)\b)",
    ),
    (
        "resultat",
        r"resultats? (?:de mes |des |de l'|d'|de la |de ma |de mon )(?:analyses|prise de sang|irm|radio|scanner|biopsie|examens?|bilan)",
    ),
    # Spanish.
    ("hospital", r"(?:en el|al|del|desde el|en un|a un) hospital"),
    ("urgencia", r"(?:en|a) urgencias"),
    (
        "rot",
        r"(?:me|se|te|le) (?:ha |he |han |has )?roto (?:el |la |los |las |un |una )?"
        + _BODY_ES,
    ),
    (
        "romp",
        r"(?:me|se|te|le) romp(?:i|io|ieron) (?:el |la |los |las |un |una )?"
        + _BODY_ES,
    ),
    (
        "torc",
        r"(?:me|se|te|le) (?:ha |he |han |has )?torc(?:i|io|ido) (?:el |la |los |las |un |una )?"
        + _BODY_ES,
    ),
    (
        "dobl",
        r"(?:me|se|te|le) (?:ha |he |han |has )?dobl(?:ado|e|o) (?:el |la |los |las |un |una )?"
        + _BODY_ES,
    ),
    (
        "lastim",
        r"(?:me|se|te|le) (?:ha |he |han |has )?lastim(?:ado|e|o) (?:el |la |los |las |un |una )?"
        + _BODY_ES,
    ),
    (
        "fractur",
        r"(?:me|se|te|le) (?:ha |he |han |has )?fracturado (?:el |la |los |las |un |una )?"
        + _BODY_ES,
    ),
    (
        "punto",
        r"(?:me|le|te|nos|les) (?:han |van a |tienen que )?(?:dado|dieron|dan|puesto|pusieron|ponen|quitado|quitaron|quitan|quitar|poner|dar|coser|cosen|cosido|cosieron) (?:\w+ )?puntos",
    ),
    ("escayol", r"(?:con|una|la|llevar|lleva|llevo|quitar|quitan|quitaron) escayola"),
    (
        "oper",
        r"(?:me|le|la|lo|te|nos|les) (?:han |van a |tienen que |acaban de )?oper(?:ado|ada|ar|aron|o|an|en)",
    ),
    (
        "operacion",
        r"(?:mi|su|tu|desde la|despues de la|tras la|antes de la) operacion(?! bancaria)",
    ),
    ("enfermer", r"(?:mi|su|tu) enfermer[oa]"),
    (
        "fatal hinchad destrozad",
        r"(?:tengo|tiene) (?:la |el |los |las )?"
        + _BODY_ES
        + r" (?:fatal|hinchad[oa]s?|destrozad[oa]s?)",
    ),
    (
        "ingresad",
        r"(?:esta|estan|sigue|siguen|lleva|llevan|ha estado|quedo|quedaron) ingresad[oa]s?(?! en (?:la|tu|su|mi) cuenta)",
    ),
    (
        "granit granos ronchas manchas pupas sarpullido",
        r"(?:le|me|te|nos|les) (?:han |ha )?salido (?:unos |unas |\w+ )?(?:granitos|granos|ronchas|manchas|pupas|sarpullido)",
    ),
    ("enfermer", r"enfermer[oa] (?:me|le|nos) (?:dijo|ha dicho|llamo|recomendo)"),
    (
        "regla",
        r"(?:me ha bajado|me bajo|tengo|tiene|con|me vino|me viene|se me ha retrasado|se me retrasa) la regla",
    ),
    ("periodo", r"(?:mi|su|tu) periodo(?! de\b)"),
    ("tos", r"(?:tengo|tiene|tienes|tenemos|con|mucha|esta) tos"),
    (
        "temperatura",
        r"(?:tiene|tengo|tienes|tenia) (?:algo de |un poco de |unas decimas de )?temperatura(?! (?:de|a|en|del|\d+)\b)",
    ),
    (
        "quemad",
        r"(?:estoy|esta|estar) (?:muy |super |totalmente |completamente )?quemad[oa]",
    ),
    (
        "analitica",
        r"(?:mi|su|la|una|los resultados de la) analitica(?! (?:web|de datos)\b)",
    ),
    ("tac", r"(?:un|el|del|mi|su) tac"),
    # Italian.
    ("ospedal", r"(?:in|all'|dall'|nell'|in un|al) ?ospedale"),
    ("soccorso", r"(?:al|in|dal|nel) pronto soccorso"),
    (
        "temperatura",
        r"(?:ha|ho|hai|aveva|avevo) (?:un po' di |qualche linea di )?temperatura(?! (?:a|di|in|del|della|nella|nel|\d+)\b)",
    ),
    (
        "influenza",
        r"(?:ho|ha|hai|abbiamo|hanno|avuto|preso|con) (?:l'|la |un'|una )?influenza",
    ),
    ("distorsion", r"distorsione (?:alla|al|della|del) " + _BODY_IT),
    (
        "punti",
        r"(?:togliere|tolto|tolti|tolgono|togliermi|togliergli|mettere|messo|messi|dato|dati) (?:i |dei |\w+ )?punti(?: (?:in|sul|sulla|al|alla|alle|nel|nella|sopra) \w+)?(?! (?:vendita|di vista|fedelta|esperienza|luce|bonus))",
    ),
    (
        "oper",
        r"(?:mi|ti|lo|la|gli|si|ci|li|le) (?:hanno |devono |deve |dovranno |ha |sono |e )?(?:operat[oaie]|operare)",
    ),
    (
        "intervento",
        r"(?:il mio |il suo |dopo l'|prima dell')intervento(?! (?:del tecnico|dell'idraulico|tecnico))",
    ),
    ("operazione", r"(?:la mia|la sua|dall'|dopo l'|prima dell')operazione"),
    (
        "intervento",
        (
            r"intervento (?:chirurgico )?(?:al|alla|alle|agli|ai|all') ?(?:cuore|ginocchio|anca|schiena|spalla|occhi?o?"
            r"|polmon[ei]|fegato|reni?|seno|prostata|tiroide|stomaco|menisco|cataratta|ernia|tonsille|cervello|piede)"
        ),
    ),
    (
        "operazione",
        r"operazione (?:al|alla|alle|agli|ai) (?:"
        + _BODY_IT[3:-1]
        + r"|cuore|occhi|menisco|cataratta)",
    ),
    ("infermier", r"(?:la mia|il mio|dall'|l')infermier\w*"),
    (
        "ciclo",
        r"(?:il mio|mio|il suo|ho il|ha il|mi e venuto il|mi e arrivato il) ciclo(?! (?:di|lavaggio|asciugatura|eco)\b)",
    ),
    ("esaurit", r"(?:sono|mi sento|si sente|ti senti) (?:\w+ )?esaurit[oa]"),
    ("tac", r"(?:la|una|della|fare la|fatto la) tac"),
    # Dutch.
    (
        "ziekenhuis",
        r"(?:in het|naar het|uit het|in een|naar een|vanuit het) ziekenhuis",
    ),
    ("spoed seh", r"(?:op|naar|bij|van) de (?:spoedeisende hulp|spoedpost|seh)"),
    ("hulp", r"(?:op|naar) de eerste hulp"),
    ("poli", r"(?:op|naar|bij) de poli"),
    (
        "uitslag",
        r"(?:heeft|heb|hebt|had|met|krijgt|kreeg|kregen) (?:\w+ )?uitslag(?! van\b)",
    ),
    (
        "uitslag",
        r"uitslag van (?:het|de|mijn|zijn|haar) (?:bloedonderzoek|onderzoek|scan|mri|ct-scan|biopsie|echo|foto|uitstrijkje)",
    ),
    ("verhoging", r"(?:heeft|heb|hebt|had|met|een beetje|lichte) verhoging"),
    (
        "temperatuur",
        r"(?:heeft|heb|hebt|had) (?:een beetje |wat |lichte |hoge )?temperatuur(?! (?:van|in|op)\b)",
    ),
    ("overgegeven", r"(?:heeft|heb|hebt|had|hebben) (?!zich )(?:\w+ ){0,4}overgegeven"),
    ("overgeven", r"(?:moet|moest|moeten|ben aan het|is aan het) overgeven"),
    (
        "benauwd",
        r"(?:ik ben|hij is|zij is|ze is|ik voel me|voelt zich|heb het) (?:\w+ )?benauwd",
    ),
    ("gips", r"(?:in het|in de|in|zijn|haar) gips"),
    (
        "dik opgezet opgezwollen gezwollen blauw gebroken ontstoken stijf gevoelloos pijnlijk",
        r"(?:mijn|zijn|haar|je) "
        + _BODY_NL
        + r" (?:is|zijn|was|voelt|ziet er) (?:\w+ )?(?:dik|opgezet|opgezwollen|gezwollen|blauw|gebroken|ontstoken|stijf|gevoelloos|pijnlijk)",
    ),
    (
        "suiker",
        r"(?:mijn|zijn|haar) (?:bloed)?suiker (?:is|was) (?:te |veel te |erg |weer )?(?:hoog|laag|gestegen|gedaald)",
    ),
    ("kruk", r"op krukken"),
    ("gehecht", r"(?:moest|moet|werd|wordt|is|zijn) (?:\w+ )?gehecht(?! aan\b)"),
    (
        "operatie",
        r"(?:mijn|zijn|haar|hun|je|jouw|(?:na|sinds) (?:mijn|zijn|haar|de)|voor (?:mijn|zijn|haar)) operatie",
    ),
    (
        "verpleegkundige",
        r"(?:mijn|zijn|haar|onze|de) verpleegkundige (?:zei|zegt|komt|kwam|belde|heeft)",
    ),
    (
        "verpleegkundige wijkverpleegkundige",
        r"(?:mijn|zijn|haar|onze) (?:wijk)?verpleegkundige",
    ),
    ("arts", r"(?:naar de|bij de|mijn|de|een|zijn|haar) arts"),
    ("pil", r"(?:de|mijn|aan de|met de|stoppen met de|vergeten de) pil"),
    ("overgang", r"(?:in de|mijn|de) overgang(?!sregeling| (?:van|naar)\b)"),
    (
        "voel",
        r"voel(?:t)? (?:me|zich|je) (?:\w+ ){0,2}(?:somber|depressief|down|rot|angstig|ellendig|beroerd|ziek|grieperig|slap)",
    ),
    ("prik", r"(?:de|een|mijn|zijn|haar) prik(?! van\b)"),
    ("puffer", r"(?:mijn|zijn|haar|de|een) puffer"),
    # Polish.
    ("szpital", r"(?:w|do|ze|z) szpital\w*"),
    ("sor", r"(?:na|z|do) sor(?:ze|u)?"),
    ("pogotowi", r"(?:na|z|do|wezwac|wezwal\w*|zadzwonic po|przyjechalo) pogotowi\w*"),
    (
        "temperatur",
        r"(?:ma|mam|masz|mial\w*) (?:wysoka |lekko podwyzszona |podwyzszona )?temperature(?! \d| okolo| ponad| w )",
    ),
    ("katar", r"(?:mam|ma|masz|mial\w*|z|straszny|okropny|lekki|silny) katar\w*"),
    (
        "gips",
        r"(?:w gipsie|gips (?:na|z) \w+|zdjac gips|zdjecie gipsu|zdejmuja gips|ma gips|mam gips)",
    ),
    ("kulach", r"o kulach"),
    (
        "skrecil",
        r"skrecil\w* (?:sobie )?(?:kostk\w*|nadgarst\w*|kolan\w*|noge|reke|kark)",
    ),
    ("cukier", r"(?:moj|mojego|jego|jej) cukier"),
    (
        "szw",
        r"(?:zdjac|zdjecie|sciagniecie|zdejmowanie|zalozyli|zalozono|mial\w*|ma|mam|zdejmuj\w*) (?:\w+ )?szw(?:y|ow)",
    ),
    (
        "szw",
        r"szw(?:y|ow) (?:po|na) (?:operacji|ranie|glowie|rece|nodze|brodzie|czole)",
    ),
    ("operacj", r"(?:po|przed|na|do|od) operacj\w*"),
    ("operacj", r"(?:moja|jego|jej) operacja"),
    (
        "operacj",
        r"operacj\w* (?:kolana|biodra|serca|oka|oczu|zacmy|kregoslupa|wyrostka|przepukliny|migdalkow|barku|reki|nogi)",
    ),
    ("pielegniark", r"(?:pani|moja|nasza|z|u|do|od) pielegniark\w*"),
    (
        "okres",
        r"(?:mam|ma|masz|dostalam|dostala|spoznia mi sie|spoznia sie|bolesny|mialam|miala|pierwszy|moj|jej) okres(?! (?:gwarancji|wypowiedzenia|probny|rozliczeniowy|czasu|przejsciowy)\b)",
    ),
    (
        "czuj",
        r"czuj(?:e|esz) sie (?:\w+ )?(?:zle|fatalnie|slabo|chor[aey]|kiepsko|okropnie)",
    ),
    ("l4", r"na l4"),
    # Portuguese.
    ("hospital", r"(?:no|ao|do|num|para o|pro) hospital"),
    ("urgencia", r"(?:nas|as|na|a) urgencias?(?! de\b)"),
    (
        "temperatura",
        r"(?:tem|tenho|tens|tinha|esta com) (?:um pouco de |alguma |bastante )?temperatura(?! (?:de|a|em|\d+)\b)",
    ),
    ("gesso", r"(?:de|com|o|um|tirar o|no) gesso (?:no|na|nos|nas) \w+"),
    (
        "ponto",
        r"(?:levar|levou|levei|levaram|tirar|tirou|tirei|tiraram) (?:os |uns |\w+ )?pontos(?! de (?:vista|fidelidade|venda))",
    ),
    ("operad", r"(?:fui|foi|vou ser|vai ser|ser|foram|vamos ser|sera) operad[oa]s?"),
    (
        "operac",
        r"(?:a minha|a sua|minha|sua|da minha|depois da|antes da|desde a) operacao(?! bancaria)",
    ),
    ("enfermeir", r"(?:a minha|o meu|minha|meu) enfermeir[oa]"),
    ("enfermeir", r"enfermeir[oa] (?:disse|ligou|vem|veio|mandou)"),
    (
        "period",
        r"(?:o meu|meu|o seu|estou no|esta no|estou com o|esta com o) periodo(?! de\b)",
    ),
    (
        "esgotad",
        r"(?:estou|sinto-me|sinto me|ando) (?:muito |completamente |totalmente )?esgotad[oa]",
    ),
    (
        "analises",
        r"(?:fazer|fiz|fez|resultados? das?|as minhas|as tuas|as suas) analises",
    ),
    ("tac", r"(?:uma|a|da|fazer a|fazer uma) tac"),
    # Swedish, Danish and Norwegian.
    ("sjukhus", r"(?:pa|till|fran|in pa|pa ett) sjukhus(?:et)?"),
    ("akut", r"(?:pa|till|fran|in pa) akuten"),
    ("akutmottagning", r"(?:pa|till|fran|in pa) akutmottagning\w*"),
    ("utslag", r"(?:har|fick|fatt|med) (?:\w+ )?utslag"),
    (
        "temp",
        r"(?:har|hade|havde|hadde) (?:lite |lidt |litt |hog |hoj |let )?(?:temp|temperatur)(?! (?:pa|i|inne|ute|inde|til|till|\d+)\b)",
    ),
    ("yr", r"(?:kanner mig|kande mig|blev) yr"),
    (
        "brut brot brekk brukk brekt brak",
        r"(?:brutit|brot|brutt|brekket|brukket|brekt|brakk|brak) (?:\w+ )?"
        + _BODY_NORDIC,
    ),
    (
        "brut brukk brekk brekt",
        _BODY_NORDIC
        + r" (?:ar|er|var|ble|blev) (?:bruten|brutet|brukket|brekket|brekt)",
    ),
    ("vrikk", r"vrikket (?:\w+ )?" + _BODY_NORDIC),
    (
        "hoven hevet svull hovnet",
        _BODY_NORDIC
        + r"(?: mitt| min| mi| hans| hennes| hendes)? (?:er|var|ar) (?:\w+ )?(?:hoven|hovent|hevet|svullen|svullet|hovnet)",
    ),
    ("gips", r"(?:i gips|gipset|gipsen)"),
    (
        "sting",
        r"(?:fik|fikk|fatt|syet|sydd|trukket|fjernet|fjerne|tage|ta ut|tatt ut) (?:\w+ )?sting(?:ene)?",
    ),
    (
        "operation",
        r"(?:min|hans|hennes|hendes|efter|fore|for|etter|sedan|siden) operation(?:en)?",
    ),
    ("operasjon", r"(?:min|hans|hennes|etter|for|foer|siden) operasjon(?:en)?"),
    ("hospital", r"(?:pa|til|fra|ind pa|indlagt pa) hospital(?:et)?"),
    ("sygehus", r"(?:pa|til|fra|ind pa|indlagt pa) sygehus(?:et)?"),
    ("sykehus", r"(?:pa|til|fra|inn pa|innlagt pa) sykehus(?:et)?"),
    ("skadestue", r"(?:pa|til|fra) skadestue(?:n)?"),
    ("akutmodtagelse", r"(?:pa|til|fra) akutmodtagelse\w*"),
    ("akuttmottak", r"(?:pa|til|fra) akuttmottak\w*"),
    ("indlagt", r"(?:er|blev|var|bliver|ligger) indlagt"),
    ("innlagt", r"(?:er|ble|var|blir|ligger|har vaert) innlagt"),
    (
        "corona korona",
        r"(?:heb|heeft|hebt|hebben|had|habe|hab|hast|hat|haben|hatte|har|hadde|havde|mit|met|med|positief op|positiv auf|positive for) (?:\w+ )?(?:corona|korona)(?! ?(?:bier|beer|ol|piwo|cerveza|birra|extra))",
    ),
    ("chemi", r"(?:zaczal\w*|zaczela|bierze|na|po|przed) chemi[eia]"),
    (
        "analisi esami",
        r"(?:fare|fatto|faccio|devo fare|ritirare|ritirato) (?:le |gli |delle |degli )?(?:analisi|esami)(?! (?:di|dei|del|della|delle) (?:dati|mercato|rischi|costi|traffico))",
    ),
    (
        "intensive",
        r"(?:in|on|to|from|at|op de|naar de|van de|uit de) (?:the )?intensive care",
    ),
    (
        "optic optik",
        r"(?:book|booked|appointment with|appointment at|to see|seeing|with|bei|beim|zum|hos|bij de|naar de|boka|bokade|bestill|bestil|til|till) (?:the |a |der |den |dem |de )?(?:optician|opticien|optiker)\w*",
    ),
    ("icu", r"(?:in|on|to|from|at|out of) (?:the )?icu"),
    ("ward", r"(?:on|in|to|onto|off) (?:the |a )?(?:\w+ )?ward(?! \d| of| off)"),
    ("intensivstation", r"(?:auf der|auf die|von der) intensivstation"),
    ("reanimation rea soins", r"(?:en reanimation|en rea|aux soins intensifs)"),
    (
        "uci uti cuidados",
        r"(?:en|a|de) la uci|(?:en|a) cuidados intensivos|(?:nos|aos) cuidados intensivos|(?:na|da) (?:uci|uti)",
    ),
    ("terapia rianimazione", r"(?:in|dalla) (?:terapia intensiva|rianimazione)"),
    ("oiom intensywnej", r"(?:na|z) (?:oiom\w*|intensywnej terapii)"),
    (
        "iva intensiv",
        r"(?:pa|fra|fran|till|til) (?:iva|intensiven|intensiv|intensivavdelningen|intensivafdelingen|intensivavdelingen)",
    ),
    ("jip aru intenzivn", r"(?:na|z) (?:jip\w*|aru|intenzivn\w* pec\w*)"),
    ("ocni", r"(?:k|u|na|od) ocni\w*"),
    ("ocni", r"ocni\w* (?:lekar\w*|vysetreni|ambulanc\w*)"),
    ("obvodn", r"(?:na|k|u|od) obvodn\w*(?! (?:soud|urad|oddeleni))"),
    ("oki", r"(?:l'|un |una |bustina di |prendo |preso |prendere )oki"),
    ("lus", r"(?:har|fatt|fikk|fik|faet|med) lus"),
    ("loss", r"(?:har|fatt|fick|med) loss"),
    ("vsi", r"(?:ma|mam|maji|chytil\w*|chytla|chytli) vsi"),
    ("lice", r"(?:has|have|got|caught|with) (?:head )?lice"),
    ("legen", r"(?:af|hos|fra) legen"),
    ("lykkepille", r"lykkepille\w*"),
    (
        "legen",
        r"legen (?:har )?(?:sagde|sa|sier|siger|mente|mener|skrev|ringede|ringte|sagt|sat|satt|bedt|anbefal\w*|udskrev\w*|henvist|henviste)",
    ),
    ("over", r"(?:1\d\d|[89]\d) over (?:[4-9]\d|1[0-2]\d)"),
    ("shingles", r"(?:has|have|had|got|it'?s|with|of) shingles"),
    ("zona", r"(?:un|le|du|mon|son|c'est un|c'est le|a le|a un) zona"),
    (
        "zona",
        r"(?:tem|tenho|tens|apanhou|apanhei|e) zona(?![\w ]*(?:franca|de|industrial|sul|norte|centro|azul|verde))",
    ),
    (
        "rezept",
        r"rezept\w* (?:\w+ )?(?:abholen|einlosen|eingelost|abgeholt|vom arzt|von der arztin|verschrieben|ausgestellt)",
    ),
    ("rezept", r"(?:e-?rezept|folgerezept|privatrezept|kassenrezept)\w*"),
    (
        "receta",
        r"(?:recoger|renovar|recogido|renovado|recoge|renueva|recogi) (?:la |mi |su |una )?receta",
    ),
    (
        "ricetta",
        r"(?:ritirare|ritirato|rinnovare|rinnovato) (?:la |una |le )?ricett[ae]",
    ),
    (
        "ricetta",
        r"ricett[ae] (?:del medico|della dottoressa|del dottore|medic[ae]|elettronic[ae]|bianc[ae]|ross[ae])",
    ),
    (
        "receita",
        r"(?:buscar|levantar|renovar|aviar|renovei|levantei) (?:a |uma |as )?receitas?",
    ),
    (
        "recept",
        r"(?:hente|henter|hentet|hamta ut|hamtar ut|hamtade ut|vyzvednout|vyzvedl\w*|ophalen|afhalen|opgehaald|odebrac|odebral\w*|wykupic|wykupil\w*|forny\w*) (?:\w+ )?(?:\w+ )?recept\w*",
    ),
    ("recept", r"recept\w* (?:\w+ )?(?:ophalen|afhalen|opgehaald|vyzvednout)"),
    ("kurator", r"(?:hos|med|min|traffa|traffade) kurator\w*"),
    ("sjukskoterska skoterska", r"(?:min|var) (?:sjuk)?skoterska"),
    (
        "sjukskoterska skoterska",
        r"(?:sjuk)?skoterskan (?:sa|sade|ringde|kommer|tyckte)",
    ),
    ("sykepleier", r"min sykepleier"),
    ("sykepleier", r"sykepleieren (?:sa|ringte|kommer|kom)"),
    ("sygeplejerske", r"min sygeplejerske"),
    ("sygeplejerske", r"sygeplejersken (?:sagde|ringede|kommer|kom)"),
    (
        "mens",
        r"(?:har|hade|hadde|fatt|fikk|fick|min|hennes|sen) mens(?:en)?(?! (?:jeg|du|han|hun|vi|de|dere|det|den|man)\b)",
    ),
    (
        "angst",
        r"(?:har|lider af|lider av|sliter med|kjemper med|kaemper med|kamper med) angst",
    ),
    ("hoste", r"(?:har|med|fik|fikk|fatt|en slem|slem|torr) hoste"),
    (
        "kvalm",
        r"(?:er|ble|blir|var|foler meg|foler mig) (?:litt |lidt |veldig |meget |sa )?kvalm",
    ),
    ("ondt", r"(?:har|havde|fik|faet) (?:sa |meget |lidt )?ondt(?! af\b)"),
    ("vondt", r"(?:har|hadde|fikk|fatt) (?:sa |veldig |litt )?vondt"),
    (
        "scanning",
        r"(?:min|hans|hendes|hennes|resultatet af|resultatet av|svar pa|svaret pa) (?:mr-?|ct-?)?scanning(?:en)?",
    ),
    # Czech.
    ("nemocnic", r"(?:v|do|z|ze|na) nemocnic\w*"),
    ("porodnic", r"(?:v|do|z) porodnic\w*"),
    ("pohotovost", r"(?:na|z|do) pohotovost\w*"),
    (
        "zachrank",
        r"(?:volal\w*|zavolal\w*|prijela|odvezla|odvezli|priletela) (?:\w+ )?zachrank\w*",
    ),
    ("ordinac", r"(?:v|do|z|na) ordinac\w*"),
    ("praktik", r"(?:k|u|od|nasemu|muj) praktik(?:ovi|a|em)?"),
    (
        "teplot",
        r"(?:ma|mam|mas|mel\w*) (?:zvysenou |vysokou )?teplot[uaoy](?! \d| kolem| pres)",
    ),
    ("sadr", r"(?:v|do|ze) sadr\w*"),
    ("berl", r"o berlich"),
    (
        "steh",
        r"(?:vytahnout|vytahnou|vytahli|vytahovani|vyndat|vyndaji|vyndali|sundat|sundaji|zasit|sili|mel\w*|ma|mam|dostal\w*) (?:\w+ )?stehy",
    ),
    (
        "zasi",
        r"zasi(?:t|li|vat|vali) (?:\w+ )?(?:ran\w*|hlav\w*|ruk\w*|ret|bradu|cel\w*)",
    ),
    ("operac", r"(?:po|pred|na|k|od) operac\w*"),
    ("operac", r"(?:moje|jeho|jeji) operace"),
    (
        "operac",
        r"operac\w* (?:kolena|kycle|srdce|oka|oci|slepeho streva|zad|pater\w*|ramene|menisku|kyly|mandli|sedeho zakalu)",
    ),
    ("natekl", _BODY_CS + r" (?:je |mam |ma )?natekl\w*"),
    ("period", r"(?:mam|ma|mela|moje|jeji) period\w*"),
    ("cukr", r"(?:muj|jeho|jeji) cukr"),
    ("prechod", r"(?:jsem v|je v|mam|ma) prechodu"),
    ("ultrazvuk", r"(?:na|z) ultrazvuk\w*"),
    ("vyhor", r"(?:jsem|je|byl\w*|citim se) (?:\w+ )?vyhorel\w*"),
    ("citim", r"citim se (?:\w+ )?(?:spatne|mizerne|nemocn\w*|slabe|pod psa)"),
    (
        "vysledk",
        r"vysledk\w* (?:z )?(?:krve|odber\w*|rozbor\w*|biopsie|rentgen\w*|ct|mri|magnetick\w*|ultrazvuk\w*)",
    ),
)

CONFIDENTIAL = (
    # kept out of anything shared: "kunden ba meg holde navnet hennes utenfor alt som deles", "keep her name out of
    # anything shared"
    (
        r"(?:keep|holde|halla|holde|houd|halten|garder|mantener|tenere|trzymac|manter|udrzet) (?:\w+ ){0,3}?(?:out of|utenfor"
        r"|udenfor|ude af|utanfor|buiten|aus|hors de|fuera de|fuori da|z dala od|fora de|mimo) (?:\w+ ){0,2}?(?:shared"
        r"|deles|delt|delas|gedeeld|geteilt\w*|partage\w*|compartid\w*|condivis\w*|udostepni\w*|partilhad\w*|sdilen\w*)"
    ),
    # someone must not find out: "mein mann darf auf keinen fall erfahren", "manžel se nesmí dozvědět"
    (
        r"(?:husband|wife|partner|mann|frau|mari|femme|marido|mujer|esposa|marito|moglie|man|vrouw|maz|zona|mulher|fru|kone"
        r"|mand|manden|mannen|konen|manzel|manzelka|kids|children|kinder|enfants|ninos|hijos|bambini|figli|kinderen"
        r"|dzieci|filhos|criancas|barnen|born|ungene|barna|deti|mum|mom|dad|mama|papa|boss|chef|jefe|capo|baas|szef"
        r"|patrao|chefen|sjefen|sef|nobody|no one|niemand|personne|nadie|nessuno|nikt|ninguem|ingen|nikdo)(?: \w+){0,2}?"
        r" (?:must ?n[o']?t|mustn't|can'?t|cannot|may not|shouldn't|darf (?:\w+ ){0,4}?(?:nicht|kein\w*)|ne doit pas"
        r"|ne doivent pas|no puede|no pueden|no debe|non deve|non devono|mag er niet|mogen (?:er )?niet|nie moze|nie moga"
        r"|nao pode|nao podem|far inte|ma ikke|nesmi|nesmeji)(?: \w+){0,4}? (?:find out|know|erfahren|wissen|savoir"
        r"|enterarse|saber|sapere|scoprire|achter komen|weten|dowiedziec|wiedziec|fa veta|fa reda|finne ut|vite|vide"
        r"|finde ud|dozvedet|vedet)(?![a-z])"
    ),
    # "det skal ingen vide", "das darf niemand wissen", "det får ingen veta"
    (
        r"(?:skal|ma|far|must|darf|soll|doit|debe|deve|mag|moze|pode|smi) (?:\w+ )?(?:ingen|nobody|no one|niemand"
        r"|keiner|personne|nadie|nessuno|nikt|ninguem|nikdo) (?:\w+ )?(?:know|wissen|erfahren|savoir|saber|sapere|weten"
        r"|wiedziec|dowiedziec|veta|vide|vite|vedet)(?![a-z])"
    ),
    (
        r"(?:say|tell) nothing to|sag(?:e)? (?:nichts|keinem)|ne dis rien|no (?:le |les )?digas nada|non dire niente"
        r"|niks tegen|zeg niks|nic nie mow|nao digas nada|nao contes|sag inget|sag ingenting|sig ikke noget|si ikke noe"
        r"|nic nerikej|nerikej nikomu|acqua in bocca|bocca cucita|top secret|streng geheim|ni una palabra|mondje dicht"
        r"|ani slowa|bico calado|tyst om det|hold tett|ani muk"
    ),
    (
        r"(?:must ?n[o']?t|mustn't|may not|darf nicht|ne doit pas|no puede|non deve|mag niet|nie moze|nao pode|far inte"
        r"|ma ikke|nesmi)(?: \w+){0,2}? (?:get out|come out|leak|rauskommen|sortir|salir|uscire|uitlekken|wyjsc|sair"
        r"|komma ut|komme ut|komme ud|vyjit|prosaknout)(?![a-z])"
    ),
    r"(?:konfidensi\w*|konfidenci\w*|fortrolig\w*|vertraulich\w*|confidencial\w*|poufn\w*|duvern\w*)",
    (
        r"(?:garde (?:ca|le) pour toi|keep (?:it|this) to yourself|behalte? (?:es|das) fur dich|tienilo per te|guardatelo"
        r"|hou het voor je(?:zelf)?|zachowaj to dla siebie|guarda isso para ti|behall det for dig|hold det for dig selv"
        r"|behold det for deg selv|nech si to pro sebe|guardalo para ti)"
    ),
    # confided, secrecy asked for, not to be known, kept only here
    (
        r"(?:ha confidato|mi ha confidato|confided|anvertraut|m'a confie|me confio|toevertrouwd|zwierzyl\w*|confidenciou"
        r"|anfortrodde|betroede|betrodde|sveril\w*|pediu sigilo|sigilo sobre|diskretion|discrezione|discrecion"
        r"|geheimhaltung|dyskrecj\w*)"
    ),
    (
        r"(?:non dirlo a|non dirglielo|no se lo digas a|ne le dis pas a|sag es nicht|zeg het niet tegen|nie mow \w+"
        r"|nao digas a|sag inte till|sig det ikke til|ikke si det til|nerikej to)"
    ),
    (
        r"(?:che si sappia|que se sepa|qu'on le sache|dass es jemand weiss|dat iemand het weet|zeby ktos wiedzial|que se saiba"
        r"|att nan vet|at nogen ved|at noen vet|aby to nekdo vedel)"
    ),
    (
        r"(?:keep it|tienilo|gardez-le|garde-le|guardalo|houd het|zachowaj to|guarda-o|hall det|behold det|nech si to)"
        r" (?:only |solo |seulement |alleen |tylko |so |bare |jen )?(?:here|qui|ici|aqui|hier|tutaj|har|her|tady)"
    ),
    r"(?:blijft )?tussen ons(?! en )",  # not "de heg tussen ons en de buren"
    (
        r"(?:non lo sa|no lo sabe|weiß es nicht|weiss es nicht|ne le sait pas|weet het niet|nie wie o tym|nao sabe"
        r"|vet inte om det|ved det ikke|vet ikke om det|nevi o tom)"
    ),
    # a relationship in trouble
    (
        r"(?:nos vamos a separar|separarnos|divorci\w*|divorce\w*|scheidung|trennen uns|cheating on me|having an affair"
        r"|betrugt mich|betruegt mich|me anda a trair|me trai|me engana|tradisce|vreemdgaan|gaat vreemd|zdradza mnie"
        r"|otrogen|utro mod mig|utro mot meg|podvadi me|never[uye](?![a-z]))"
    ),
    (
        r"(?:in confidence|im vertrauen|en confidence|en confianza|in confidenza|in vertrouwen|w zaufaniu"
        r"|em confianca|em confidencia|i fortroende|i fortrolighed|i fortrolighet|v duvere)"
    ),
    (
        r"(?:nobody knows|no one knows|niemand weiß|niemand weiss|personne ne (?:le )?sait|(?:que )?no (?:lo )?sabe nadie"
        r"|nadie (?:lo )?sabe|nessuno (?:lo )?sa|niemand weet|nikt nie wie|ninguem sabe|ingen vet|ingen ved|nikdo nevi)"
    ),
    (
        r"(?:doesn'?t|does not|don'?t) know (?:yet|about it)|weiß (?:es|das|davon) noch nicht|ne le sait pas encore"
        r"|no lo sabe (?:todavia|aun)|todavia no se lo (?:he|ha|hemos) dicho|non lo sa ancora|weet het nog niet"
        r"|jeszcze (?:o tym )?nie wie|ainda nao (?:sabe|contei|disse)|vet inte (?:om det )?an|ved det ikke endnu"
        r"|vet det ikke enda|jeste to nevi"
    ),
    r"between you and me",
    r"entre tu y yo",
    r"entre toi et moi",
    r"tra me e te",
    r"tussen jou en mij",
    r"entre (?:mim e ti|nos dois)",
    r"mellan (?:dig och mig|oss tva)",
    r"mellem (?:dig og mig|os to)",
    r"mellom (?:deg og meg|oss to)",
    r"mezi (?:tebou a mnou|nami dvema)",
    r"(?:miedzy|pomiedzy) (?:toba a mna|nami dwojgiem)",
    # telling or writing it to nobody, or nobody may know, in any word order
    r"(?:don'?t|do not|never) (?:tell|mention|say|write)\w* (?:\w+ ){0,3}?(?:anyone|anybody|a soul|anywhere)",
    r"(?:nobody|no one) (?:needs|has|gets|can|must|should|may) (?:\w+ )?(?:to )?know",
    r"(?:sag|sagst|erzahl|erzahlst|verrat|verratst|schreib|schreibst)\w* (?:\w+ ){0,4}?(?:niemandem|niemand|keinem|keiner|nirgends|nirgendwo)",
    r"(?:muss|soll|darf|braucht) (?:\w+ ){0,2}?niemand (?:\w+ ){0,2}?(?:wissen|erfahren)",
    r"(?:dis|dites|raconte|racontez|repete|repetez|ecris|ecrivez)\w* (?:\w+ ){0,3}?(?:a personne|nulle part)",
    r"personne ne (?:doit|peut|dois) (?:le )?savoir",
    r"(?:digas|cuentes|diga|cuente|escribas|escriba|comentes|comente)\w* (?:\w+ ){0,3}?(?:a nadie|en ningun (?:sitio|lado))",
    r"nadie (?:tiene que|debe|puede) (?:\w+ )?saber\w*",
    r"(?:dire|dirlo|dirla|dirglielo|raccontare|raccontarlo|scrivere|scriverlo|dici|racconti)\w* (?:\w+ ){0,3}?(?:a nessuno|da nessuna parte)",
    r"nessuno (?:deve|puo|dovra) (?:\w+ )?saper\w*",
    r"(?:vertel|zeg|schrijf)\w* (?:\w+ ){0,3}?(?:niemand|nergens)",
    r"niemand (?:hoeft|mag|moet) (?:\w+ ){0,2}?(?:te )?weten",
    r"(?:mow|mowcie|powiedz|powtarzaj|pisz|zapisuj)\w* (?:\w+ ){0,3}?(?:nikomu|nigdzie)",
    r"nikomu (?:\w+ ){0,2}?nie (?:mow|mowcie|powiedz|powtarzaj)\w*",
    r"nikt nie (?:moze|musi|powinien) (?:sie )?(?:o tym )?dowiedziec",
    r"(?:contes|conte|digas|diga|escrevas|escreva)\w* (?:\w+ ){0,3}?(?:a ninguem|em lado nenhum|em lugar nenhum)",
    r"ninguem (?:pode|precisa de|precisa|deve) saber",
    r"(?:sag|beratta|skriv)\w* (?:inget|inte|inte det|det inte|aldrig) (?:\w+ ){0,2}?(?:till nagon|for nagon|nagonstans)",
    r"ingen (?:behover|far|ska) (?:\w+ )?veta",
    r"(?:sig|fortael|skriv)\w* (?:\w+ )?(?:ikke|aldrig) (?:\w+ ){0,2}?(?:til nogen|nogen steder)",
    r"ingen (?:behover|ma|skal) (?:\w+ )?vide",
    r"(?:si|fortell|skriv)\w* (?:\w+ )?(?:ikke|aldri) (?:\w+ ){0,2}?(?:til noen|noe sted)",
    r"ingen (?:trenger a|ma|skal|far) (?:\w+ )?vite",
    r"(?:nerikej|nerikejte|nepis|nepiste|nerikat)\w* (?:\w+ ){0,3}?(?:nikomu|nikde)",
    r"nikdo (?:se )?(?:to )?nesmi (?:\w+ )?(?:vedet|dozvedet)",
    r"don'?t tell (?:anyone|anybody)",
    r"sag (?:es|das) niemandem",
    r"ne le dis a personne",
    r"no se lo digas a nadie",
    r"non dirlo a nessuno",
    r"vertel het (?:aan )?niemand",
    r"nie mow nikomu",
    r"nao (?:contes|conte|digas|diga) a ninguem",
    r"sag inte (?:det )?till nagon",
    r"sig det ikke til nogen",
    r"ikke si det til noen",
    r"ikke fortell (?:det til )?noen",
    r"nerikej to nikomu",
    r"nikomu to nerikej",
    r"between us(?! and)",
    r"don'?t mention (?:it|this|that) to (?:anyone|anybody)",
    r"keep (?:it|this) (?:quiet|secret|under wraps)",
    r"zwischen uns",
    r"erzahl (?:es|das) (?:bitte )?niemandem",
    r"n'en parle a personne",
    r"ne (?:le )?dis rien a personne",
    r"no se lo cuentes a nadie",
    r"que quede entre nosotros",
    r"(?:resti|rimanga) tra (?:di )?noi",
    r"niet doorvertellen",
    r"nikomu nie mow",
    r"beratta inte (?:det )?for nagon",
    r"fortel det ikke til nogen",
    r"fortel ikke noen",
    r"poufn\w*",
    r"w tajemnicy",
    r"tajemnic\w*",
    r"miedzy nami",
    r"prywatn\w*",
    r"segredo",
    r"em segredo",
    r"fica entre nos",
    r"ca entre nos",
    r"aqui entre nos",
    r"so entre nos",
    r"konfidentiell\w*",
    r"konfidensiell\w*",
    r"fortrolig\w*",
    r"hemlig\w*",
    r"hemmelig\w*",
    r"mellan oss",
    r"mellem os",
    r"mellom oss",
    r"duvern\w*",
    r"tajn[eyaou]\w*",
    r"mezi nami",
    r"soukrom\w*",
)

# A doorbell (with its camera) and who came, in either order: "did the doorbell catch who left the parcel".
_DOORBELLS = (
    r"doorbell\w*",
    r"turklingel\w*",
    r"sonnette",
    r"timbre",
    r"campanello",
    r"deurbel\w*",
    r"dzwonk\w*",
    r"campainha",
    r"dorrklock\w*",
    r"ringklock\w*",
    r"dorklok\w*",
    r"ringeklok\w*",
    r"zvonk\w*",
)
_WHO = r"(?:who|wer|qui|quien|chi|wie|kto|kogo|quem|vem|hvem|kdo|koho)"
_DOORBELL = "(?:" + "|".join(_DOORBELLS) + ")"
DOORBELL_SAW_WHO = (
    *(rf"{bell}(?: \w+){{0,8}} {_WHO}" for bell in _DOORBELLS),
    *(rf"{who}(?: \w+){{0,6}} {_DOORBELL}" for who in _WHO[3:-1].split("|")),
)

CAMERA = (
    r"elektroniczn\w* niani\w*",
    # who stood at the door: "wie stond er vanmiddag bij de voordeur", "qui était devant la porte cet après-midi"
    (
        r"(?:wie|wer|qui|quien|chi|kto|quem|vem|hvem|kdo) (?:\w+ ){0,3}?(?:stond|staat|stand|steht|etait|est|estaba|esta"
        r"|c'era|era|stal\w*|stala|stoi|byl\w*|stod|star|estava|esteve) (?:\w+ ){0,3}?(?:voor|bij|aan|vor|an|devant|a|en"
        r"|alla|davanti|przed|pod|ved|framfor|foran|pred|u) (?:de |der |la |el |il |the |a |o |al |alle )?(?:\w*deur"
        r"|\w*ture?|porte|puerta|porta|portone|drzwiami|dor\w*|dverm?i|dveri|brama|bramie|portao|cancello)"
    ),
    r"nahravk\w*",
    # the doorbell caught him, verb first: "a nahrál doorbell toho kurýra", "og fangede dørklokken ham budet"
    (
        r"(?:nahral\w*|fangede|fanget|fikk|fick|caught|erwischt|gefilmt|filmed|recorded|opgenomen|nagral\w*|gravou|grabo)"
        r" (?:\w+ )?(?:doorbell|dorklokken|dorklokka|ringeklokka|ringeklokken|dorrklockan|deurbel|klingel|turklingel"
        r"|zvonek|dzwonek|campainha|timbre|campanello|sonnette|ring)"
    ),
    # someone standing in the picture just shown: "who's that guy standing by the bins", "kto to stoi przy furtce"
    (
        r"(?:who'?s|who is) that (?:guy|man|woman|person|kid|boy|girl)|quien es (?:ese|esa|el que|la que)|c'est qui (?:la|le|ce)"
        r"|kto to (?:stoi|jest|byl) (?:przy|pod|obok|kolo)|quem e (?:aquele|aquela|o que|a que)"
        r"|wer ist (?:der|die|das) (?:da|typ|mann|frau)|chi e (?:quello|quella|quel tipo)"
        r"|wie is (?:die|dat) (?:man|vrouw|persoon|gast)|vem ar (?:den|det|han|hon) (?:dar|som star)"
        r"|hvem er (?:den|det|han|hun) (?:der|som star)|kdo je (?:ten|ta|to) (?:u|vedle|pred)"
    ),
    r"videa? (?:ze|z) (?:zvonku|kamery)",
    r"\w+(?<!voor)beelden",  # "deurbelbeelden", "camerabeelden", not "voorbeelden" (examples)
    r"baba eletronica",
    # who was at the door is what the doorbell camera saw
    r"who (?:was|is|came|rang|knocked)(?: that)? (?:at|to) the (?:front |back |side )?door",
    r"wer (?:war|ist|stand|steht) (?:\w+ ){0,2}(?:an|vor) der (?:haus|vorder|garten|wohnungs)?tur",
    r"(?:who'?s|whos|who is) (?:that |there )?(?:at|by) the (?:front |back |side )?door",
    # seen on the recording: "je to vidět na záznamu", "kan du se det på optagelsen", "syntes det på filmen"
    (
        r"(?:see|seen|visible|sehen|sieht|siehst|voir|vois|voit|ver|ves|vedere|vedi|vede|zien|zie|ziet|widac|widzisz|vejo"
        r"|se|ser|syns|syntes|synes|sees|vidis|videt|vidim|viditelne)(?: \w+){0,3} (?:on|in|auf|sur|dans|en|nella|nel"
        r"|sulla|sul|op|na|no|pa|i) (?:the |der |dem |l'|la |le |el |il |de |het |o |a )?(?:recording|footage|aufnahme"
        r"|enregistrement|grabacion|registrazione|opname|nagraniu|nagraniach|gravacao|inspelningen|filmen|optagelsen"
        r"|opptaket|videoen|zaznamu|nahravce|videu|clip)"
    ),
    r"qui (?:a sonne|etait a la porte|est a la porte|a frappe)",
    r"quien (?:ha llamado|llamo|estaba|esta) (?:a|en) la puerta",
    r"chi (?:ha suonato|era alla porta|e alla porta|ha bussato)",
    r"wie (?:heeft er )?(?:aangebeld|stond er (?:aan|bij|voor) de deur|was er aan de deur)",
    r"vem (?:ringde pa|stod vid|var vid) (?:dorren|ytterdorren)",
    r"hvem (?:ringede pa|ringte pa|stod ved|var ved) (?:doren|hoveddoren|ytterdoren)",
    r"kdo (?:\w+ )?(?:zvonil\w*|byl\w* (?:\w+ )?u dveri|stal\w* (?:\w+ )?u dveri)",
    # somebody at the door while one was out: "har der været nogen ved døren mens jeg var ude"
    (
        r"(?:anyone|anybody|someone|somebody|nogen|noen|nagon|jemand|iemand|qualcuno|alguien|alguem|quelqu'un|ktos|nekdo)"
        r" (?:been |was |were |war |er |geweest )?(?:at|by|ved|vid|an der|vor der|bij|aan|alla|a la|en la|na|u|pod|przy"
        r"|devant|a) (?:the |de |la |a )?(?:front |back )?(?:door|doren|dora|dorren|tur|haustur|deur|voordeur|porta|puerta"
        r"|porte|drzwiach|drzwiami|dveri|dvermi)(?![a-z])"
    ),
    # who is standing outside the door now: "hvem står utenfor døra nå", "kto stoi pod drzwiami"
    (
        r"(?:who(?:'s| is)? standing|kto stoi|vem star|hvem star|kdo stoji) (?:\w+ )?(?:at|outside|by|in front of|pod|przy"
        r"|przed|utanfor|vid|utenfor|udenfor|uden for|ved|foran|za|pred|u) (?:the )?(?:front |back |side )?(?:\w*door|\w*drzwi\w*|\w*dorr\w*"
        r"|\w*dor[ae]n?|dveri|dvermi|brank\w*|gate|bram\w*|port\w*)(?![a-z])"
    ),
    # what a camera, named by its brand, saw
    (
        r"(?:ring|nest|arlo|eufy|tapo|blink|wyze|reolink|netatmo|ezviz|aqara|unifi|doorbell|sonnette|deurbel|turklingel"
        r"|klingel|timbre|campanello|dzwonek|campainha|dorklockan|dorklokken|ringeklokken|dorklokka|zvonek) (?:\w+ ){0,2}?"
        r"(?:saw|seen|recorded|caught|filme"
        r"|spotted|gezien|zag|zagen|opgenomen|gesehen|aufgenommen|vu|enregistre|visto|grabado|grabo|registrato|ripreso|widzial\w*"
        r"|fangede|fanget|fikk med seg|fick med|nahral|erwischt|capte"
        r"|nagral\w*|viu|gravou|sag|spelat in|optog|tok opp|videl\w*|natocil\w*|zaznamenal\w*)"
    ),
    r"(?:what|who) did the (?:\w+ )?(?:doorbell|camera|ring|nest|arlo|eufy) (?:see|catch|record|film|spot)",
    r"(?:wat|wie) (?:zag|heeft) de (?:video)?deurbel",
    r"kamer(?:[aeyuo]\w*|ze|ach|ami)",  # Polish "na kamerze w ogrodzie"
    # what a microphone picked up: "qu'est-ce que le micro du salon a capté", "co nahrál mikrofon v obýváku"
    (
        r"(?:micro|mikrofon\w*|microfon\w*|microfoon|microphone|microfono|mikrofonen|"
        + INTERCOMS
        + r")(?: \w+){0,4}?"
        r" (?:a capte|recorded|picked up|aufgenommen|nahral|opnam|opgenomen|registrato|grabo|nagral|gravou|spelade in|optog"
        r"|tok opp|capto|opfangede|fangede|registro|heard|gehort|entendu|oyo|sentito|gehoord|slyszal\w*|ouviu|horde|horte"
        r"|slysel\w*)"
    ),
    (
        r"(?:nahral|opnam|a capte|recorded|picked up|aufgenommen|nagral|gravou|grabo|registrato|spelade in|optog|tok opp"
        r"|capto|opfangede|fangede|registro)"
        r"(?: \w+){0,2}? (?:the )?"
        r"(?:mikrofon\w*|microfoon|microphone|microfono|micro|" + INTERCOMS + ")"
    ),
    # a camera's clip: "fammi vedere la clip", "show me the clip"
    (
        r"(?:fammi vedere|mostrami|show me|play|zeig mir|montre-moi|muestrame|laat (?:me )?zien|pokaz mi|mostra-me"
        r"|visa mig|vis meg|vis mig|ukaz mi|spiel|riproduci|speel)(?: \w+){0,2}? (?:the |la |il |den |das |die |le |el |de"
        r" |o |a |het )?(?:clip|clips|clipje|klip|klipp|klippet|klippen|klipet)"
    ),
    # what someone said over the intercom: "wat zei de oppas door de intercom"
    r"(?:said|zei|sagte|gesagt|a dit|dijo|detto|powiedzial\w*|disse|sade|sagde|rekl\w*)(?: \w+){0,5}? (?:"
    + INTERCOMS
    + ")",
    r"(?:did|has|have) (?:anyone|someone|anybody|somebody) (?:come|came|been|rung|knocked)(?: to| at)? (?:the )?(?:\w+ )?door",
    r"(?:bild|bilder|foto|fotos|video|aufnahme) (?:von|vom) (?:der |dem )?(?:klingel|turklingel|kamera|haustur)",
    r"(?:wer|jemand) (?:hat )?(?:\w+ ){0,2}?geklingelt",
    r"wie (?:\w+ ){0,2}?(?:belde (?:\w+ ){0,2}?aan|aangebeld)",
    # "câmara" heard as "cama": "mostra-me a cama do jardim"
    r"mostra(?:-me)? a cama d[aeo]s? (?:jardim|entrada|garagem|porta|rua|quintal|frente|tras|sala|cozinha|varanda)",
    r"(?:iemand|er) (?:\w+ ){0,2}?aangebeld",
    r"nagrani\w* z \w+",
    r"kto (?:dzwonil|dzwonila|byl|jest) (?:do|przy|pod) drzwi\w*",
    r"gravac\w* (?:da|de|do) \w+",
    r"filmage\w*",
    r"quem (?:tocou|esta|estava) (?:a |na )?(?:campainha|porta)",
    r"inspelning\w* (?:fran|av)",
    r"spelade in",
    r"overvakning\w*",
    r"overvaking\w*",
    r"overvagning\w*",
    r"optagelse\w* (?:fra|af)",
    r"opptak\w* (?:fra|av)",
    r"vem (?:ringde|knackade|star|stod) (?:pa|vid) (?:dorren|dorrklockan|porten)",
    r"hvem (?:ringede|ringte|bankede|banket|star|stod|var) (?:pa|ved) (?:doren|dorklokken|dorklokka|porten)",
    r"hvem ringede pa",
    r"hvem ringte pa",
    r"zaznam\w* z \w+",
    r"nahravk\w* z \w+",
    r"kdo (?:zvonil|zvonila|je|byl|byla|stal) (?:u dveri|na zvonek)",
    # who rang just now, with filler words: "kdo to teď zvonil", "hvem var det der ringede på lige før"
    r"kdo (?:\w+ ){0,2}?zvonil\w*",
    r"(?:hvem|vem) var det (?:der|som) (?:ringede|ringte|ringde|bankede|banket|knackade)(?: pa)?",
    r"wie (?:stond|stonden|was|belde|heeft)(?: er)?(?: \w+){0,2}? (?:voor|aan) de (?:deur|voordeur)",
    r"wie (?:heeft|had) (?:er )?(?:\w+ )?aangebeld",
    *DOORBELL_SAW_WHO,
)

# A spare key: where it is kept is the house's security.
SPARE_KEYS = (
    r"(?:spare keys?|ersatzschlussel\w*|zweitschlussel\w*|reserveschlussel\w*|double des cles|cle de secours"
    r"|double de (?:la )?cle|llaves? de repuesto|copia de (?:la )?llave|chiav[ei] di (?:scorta|riserva)|reservesleutel\w*"
    r"|extra sleutel\w*|zapasow\w* klucz\w*|klucz\w* zapasow\w*|chaves? (?:suplente|de reserva|extra)s?|reservnyckel\w*"
    r"|extranyckel\w*|reservenogle\w*|ekstranogle\w*|reservenokkel\w*|ekstranokkel\w*|nahradni klic\w*|rezervni klic\w*)"
)
LOCK_CODE_WORDS = r"|kod|kodu|kodem|koden|kode|koder|kombinac\w*|combinac\w*|kombinasjon\w*|pin\w*|szyfr|szyfru|szyfrem"
LOCK_WORDS = (
    r"|zamek|zamku|zamka|drzwi|alarm\w*|sejf\w*|bram[aey]|garaz\w*|furtk\w*"
    r"|fechadura|alarme|portao|cofre|garagem"
    r"|las|laset|lasen|dorr\w*|larm\w*|kassaskap\w*|grind\w*"
    r"|dor|doren|doer|hoveddor\w*|pengeskab\w*|garasje\w*|\w{2,}dor(?:a|en|ren|rar|ar)"
    r"|dveri|dvere|trezor\w*|bran[auy]|brank[auy]|brance|brankou|zabezpec\w*|dora|dorene|porten"
    r"|(?:hinter|vorder|eingangs|keller|garten|seiten|terrassen|balkon|wohnungs|garagen|neben)tur"
    r"|garage\w*|nokkelboks\w*|nyckelbox\w*|nogleboks\w*|key ?box\w*|lockbox\w*|schlusselkasten|schlusselsafe|boite a cles"
    r"|sleutelkast\w*|schlusseltresor|key ?safe|nyckelskap\w*|nokkelskap\w*|noglesk\w*|sleutelkluis\w*|kluis\w*"
    r"|caja fuerte|cassaforte|cassetta portachiavi|portachiavi|coffre-fort|coffre fort|skrzynk\w* na klucze|caixa (?:de|das) chaves|schran\w* na klic\w*"
    r"|caja de (?:las )?llaves|cajetin\w*|cassetta (?:delle|per le) chiavi|cofre de chaves|boite a clef\w*|\w{2,}schloss"
    r"|schlusselkasten\w*|schlusselbox\w*|antifurto|\w{2,}las(?:et|en)|\w{2,}deur(?:en)?|cijferslot\w*"
    r"|zahlenschloss\w*|combination lock|cadenas a code|candado de combinacion|lucchetto a combinazione|zamek szyfrowy"
    r"|cadeado de codigo|kodlas\w*|kodelas\w*|safen|safene"
    # a padlock or a bike lock: "kod do kłódki od roweru", "le code du cadenas du vélo"
    r"|padlock\w*|bike lock\w*|cadenas|antivol\w*|candado\w*|lucchetto\w*|hangslot\w*|fietsslot\w*|klodk\w*|klodek"
    r"|cadeado\w*|hanglas\w*|hengelas\w*|visac\w* zam\w*"
)
LOCK_PREPOSITIONS = r"|do|od|k|ke|til|till|pro|na|da|dla|ze|pa|vom|zum|am|fuers|furs|nella|nel|in the|dans la|en la|no"
LOCK_CODE = (
    r"(?:kod|kodu|kodem|pin) (?:\w+ )?(?:alarmu|zamku|zabezpieczenia|zabezpeceni|trezoru|sejfu|bramy|brany|brane|branu|dveri|dverim|drzwi|domofonu|vchodu|garaze|garazu|klodki|zamecku)",
    r"(?:kod|koden|kode|kodu|codigo|codice|pinkoden|pinkod|pinkode) (?:\w+ ){0,2}?(?:er|ar|je|to|jest|e) \d",
    r"kode?las\w*",
    # the code to disarm: "qual é o código para desarmar quando voltarmos"
    (
        r"(?:code|codigo|codice|kod|kode|koden|kodu|pin) (?:\w+ )?(?:para|pour|per|to|zum|om|for|til|till|do|na|k|voor|pro)"
        r" (?:desarmar|desativar|desactivar|disarm|unlock|desarmer|disattivare|disinserire|entscharfen|deaktivieren"
        r"|uitschakelen|rozbroic|rozbrojenia|wylaczenia|avaktivera|deaktivere|deaktivering|odjistit|odjisteni|vypnuti)"
    ),
    r"(?:larm|dorr|port|alarm|dor|las|grind|sejf|trezor)(?:kod|kode)\w*",
    # a safe's combination in one word: "die Tresorkombination ist links 24", "kassaskåpskoden är tjugosex"
    r"(?:tresor|safe|sejf|kluis|kassaskaps?|pengeskabs?|trezor|cofre)(?:kombination|combinatie|kombinasjon|code|kod|kode)\w*",
    # where the spare key is, or what hides it: "wo liegt der Ersatzschlüssel", "la llave de repuesto de la maceta"
    r"(?:where|wo|ou|donde|dove|waar|gdzie|onde|var|hvor|kde)(?: \w+){0,7}? "
    + SPARE_KEYS,
    SPARE_KEYS
    + r"(?: \w+){0,3}? (?:under|unter|sous|debajo|bajo|sotto|onder|pod|debaixo|embaixo|hinter|behind|derriere|detras"
    r"|dentro|inside|drinnen|dedans|binnen|uvnitr|in the|im|nel|nella|dans le|dans la|en el|en la|in de|in het)",
    (
        r"(?:uzbroi|rozbroi|zabezpec|odjisti|desarm|armar|desativ|ativ|avaktiv|aktiv|sla av|sla pa|sla fra|sla til)\w*"
        r"(?: \w+){0,4}? (?:kod\w*|pin|codigo|\d)"
    ),
)
LOCK_TRIGGERS = (
    "kod",
    "tresor",
    "spare",
    "ersatz",
    "zweitschl",
    "reserv",
    "double",
    "cle ",
    "llave",
    "copia",
    "chiav",
    "extra",
    "zapasow",
    "klucz",
    "chave",
    "ekstra",
    "nahradni",
    "rezervni",
    "kluis",
    "safe",
    "kassaskap",
    "pengeskab",
    "cofre",
    "kombinac",
    "larm",
    "dorr",
    "port",
    "alarm",
    "dor",
    "las",
    "grind",
    "sejf",
    "trezor",
    "uzbroi",
    "rozbroi",
    "zabezpec",
    "odjisti",
    "desarm",
    "armar",
    "desativ",
    "ativ",
    "avaktiv",
    "aktiv",
    "sla ",
)

# A robot back at its base is a device's state, not someone's presence: "er robotstøvsugeren hjemme i sin base".
# Degrees at home, not people: "a kolik je teď doma stupňů"
DEGREES_AT_HOME = (
    r"(?<![a-z])(?:how many degrees|wie viel grad|combien de degres|cuantos grados|quanti gradi|hoeveel graden"
    r"|ile (?:\w+ )?stopni|quantos graus|hur manga grader|hvor mange grader|kolik (?:\w+ ){0,3}?stupn\w*)(?![a-z])"
)
ROBOT_AT_ITS_BASE = (
    r"(?<![a-z])(?:robot\w*|staubsauger\w*|saugroboter\w*|aspirateur\w*|aspirador\w*|aspiradora\w*|roomba|roborock"
    r"|\w*mower\w*|mowing|maaier\w*|\w*grasklippare\w*|plaeneklipper\w*|gressklipper\w*|robotklipper\w*|sekack\w*"
    r"|kosiark\w*|odkurzacz\w*|vysavac\w*|stofzuiger\w*|dammsugare\w*|stovsuger\w*|robotstovsuger\w*|tondeuse"
    r"|cortacesped|tosaerba|rasenmaher\w*|saugi)(?: \w+){0,6}? (?:(?:in|i|a|à|na|no|en|op|auf|w|v|ve|sin|sua|sa|its"
    r"|seiner|zijn|la|le|el|il|de|der|da|do) ){0,2}(?:base|basis|dock\w*|ladestation\w*|laddstation\w*"
    r"|ladestasjon\w*|ladestasjonen|stacj\w*|estacao|zakladn\w*|dokovac\w*|charging station|charger)(?![a-z])"
)

# A door of the house, in the twelve languages ("hoveddøren", "Haustür", "la porta d'ingresso").
DOORS = (
    r"(?:\w*door\w*|\w*(?:dor|dora|doren|dorr|dorren|doer|doeren)|(?:haus|hinter|terrassen|keller|garten|balkon"
    r"|wohnungs|eingangs)?ture?|porta|porte|puerta|portone|\w*deur|drzwi|dvere|\w*garag\w*|gate|portail|cancello"
    r"|portao|furtk\w*)"
)

# "We" on the way or staying somewhere: the household away from home.
WE_TRAVEL = (
    r"(?:we'?re|were|we are|we'?ll be|we will be|we leave|we fly|we go|wir sind|wir fahren|wir fliegen|on part|on s'en va"
    r"|nous partons|on est|nos vamos"
    r"|salimos|estamos|partiamo|andiamo|siamo|we gaan|wij gaan|we vertrekken|we zitten|we zijn|jedziemy|wyjezdzamy"
    r"|lecimy|jestesmy|partimos|vi aker|vi far|vi flyger|vi ar|vi drar|vi reser|vi tager|vi tar|vi korer|vi flyver"
    r"|vi er|vi rejser|vi reiser|vi kjorer|vi flyr|jedeme|letime|jsme|odjizdime)"
)
WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag|poniedzial\w*|wtork\w*|srod\w*|czwart\w*|piatk\w*|sobot\w*|niedziel\w*|segunda|terca|quarta|quinta"
    r"|sexta|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|pondel\w*|uter\w*|stred\w*|ctvrt\w*|patk\w*|patek"
    r"|nedel\w*"
)
AWAY_AT = r"(?:in|at|on|to|for|auf|nach|im|en|a|au|aux|nel|nella|naar|op|w|we|nad|na|do|nos|nas|no|em|para|i|pa|til|till|v|ve)"
UNTIL_A_DAY = (
    r"(?:until|till|til|bis|jusqu'?(?:a|au)?|hasta|fino|tot|do|ate|fram till) "
    r"(?:(?:zum|au|el|al|il|de|dia|den|the|a|o) )?(?:\d+\w*|" + WEEKDAYS + ")"
)

# Where children are taken and fetched: school, nursery, practice.
ACTIVITIES = (
    r"(?:football|footie|practice|training|school|nursery|daycare|kita|kiga|kindergarten|schule|hort|fussball|ecole"
    r"|creche|foot|cole|colegio|guarderia|futbol|entrenamiento|scuola|asilo|calcio|allenamento|opvang|voetbal|szkol\w*"
    r"|przedszkol\w*|pilk\w*|treningu|escola|infantario|futebol|treino|skolan|forskolan|fotbollen|traningen|skole\w*"
    r"|barnehage\w*|bornehave\w*|fodbold|fotball\w*|trening\w*|skolk\w*|skol\w*|fotbal\w*|treninku|krouzku"
    r"|entrainement|l'entrainement)"
)

# A car, in the twelve languages: the household's car gone, or opening the garage.
# Car makes and models a household calls its car by: "Qui a pris la Volvo ce matin ?", "has Julia taken the Tesla".
# Only makes and models that are no everyday word: not "golf", "seat", "focus", "leaf", "panda" or "mini".
_CAR_MAKE_NAMES = (
    r"volvo|tesla|polestar|skoda|octavia|fabia|passat|tiguan|toyota|yaris|corolla|prius|renault|clio|zoe|peugeot"
    r"|citroen|fiat|kia|hyundai|ioniq|nissan|bmw|audi|mercedes|opel|corsa|astra|fiesta|mazda|dacia|duster|cupra|ex30"
    r"|xc40|xc60|xc90|id\.?[347]|model [3ysx]"
)
# With the Nordic definite ending: "Vem körde Teslan i helgen?", "Hvem kjørte Teslaen".
CAR_MAKES = rf"(?:{_CAR_MAKE_NAMES})(?:en|n)?"
CARS = (
    r"(?:car|auto|bil|bilen|coche|voiture|macchina|wagen|carro|samochod\w*|vuz|familienauto|familieauto|familiebil\w*"
    r"|familjebil\w*|gezinsauto|elbil\w*|e-auto|elektroauto|family car)"
)
# Who opened or unlocked something, or someone who did: "hvem låste opp ytterdøra", "quem é que a abriu".
WHO_OPENED = (
    r"(?:who|wer|qui|quien|chi|wie|kto|quem|vem|hvem|kdo|anyone|someone|anybody|somebody|jemand|quelqu'un|alguien"
    r"|qualcuno|iemand|ktos|alguem|nagon|nogen|noen|nekdo)(?: \w+){0,5}? (?:opened|unlocked|aufgemacht|aufgesperrt"
    r"|aufgeschlossen|entsperrt|ouvert|deverrouille|abrio|ha aperto|ha sbloccato|opengedaan|otworzyl|abriu|laste opp"
    r"|laste upp|last opp|last upp|lukket opp|otevrel|odemkl|unlock|open|ha abierto|destrancou|otworzyl\w*"
    r"|otwieral\w*|oteviral\w*|abri-la|abri-lo|abrir|locked|abgeschlossen|abgesperrt|zugesperrt|ferme a cle"
    r"|cerro con llave|ha chiuso a chiave|op slot gedaan|zamknal\w*|trancou|laste|lasste|zamkl\w*)"
)
PRESENCE = (
    # when the speaker or the household will be back: "scrivi a marco che torno alle otto", "volvemos sobre las doce"
    (
        r"(?:i'll be|i'm|i will be|we'll be|we're|we will be) (?:back|home) (?:at|by|around)|(?:torno|rientro|torniamo)"
        r" (?:a casa )?(?:alle|per le|verso le)|(?:ich bin|wir sind) (?:um|gegen) \w+ (?:uhr )?(?:zuruck|zu hause|daheim)"
        r"|(?:je rentre|on rentre|je serai (?:la|rentree?)) (?:a|vers|pour)|(?:vuelvo|volvemos|llego|llegamos)"
        r" (?:a casa )?(?:a las|sobre las|para las|hacia las)|(?:ik ben|we zijn) (?:om|rond) \w+ (?:uur )?(?:thuis|terug)"
        r"|(?:wracam|wracamy)(?: do domu)? (?:o|okolo|kolo)|(?:volto|voltamos|chego|chegamos)(?: a casa| para casa)?"
        r" (?:as|a|pelas|por volta)|(?:jag|vi) (?:ar|kommer) hem (?:vid|kl|runt)|(?:jeg|vi) (?:er|kommer) hjem\w* (?:kl|ved"
        r"|omkring|rundt)|(?:budu|budeme) doma (?:v|kolem|okolo)|(?:prijdu|prijdeme)(?: domu)? (?:v|kolem)"
    ),
    r"whos (?:at )?home|whos in the house",
    # who sleeps in a room: "kdo spí o víkendu v pokoji pro hosty", "who's sleeping in the guest room tonight"
    (
        r"(?:kdo spi|who'?s sleeping|who sleeps|who is sleeping|wer schlaft|qui dort|quien duerme|chi dorme|wie slaapt"
        r"|kto spi|quem dorme|vem sover|hvem sover)(?: \w+){0,4}? (?:in|im|dans|en|nella|nel|w|no|na|i|v|ve)"
        r" (?:\w+ ){0,2}?(?:room|zimmer|chambre|cuarto|habitacion|camera|stanza|kamer|pokoju|pokoji|quarto|rum|rummet"
        r"|vaerelse\w*|rom|rommet|gastezimmer|logeerkamer|gjesterom\w*|gastrum\w*)"
    ),
    (
        r"(?:is|zijn|zit|zitten|slaapt|slapen|blijft) (?:\w+ ){0,3}?bij (?:een |de |hun |zijn |haar )?(?:vriend\w*|vriendin\w*"
        r"|oma|opa|tante|oom)"
    ),
    # "ist oma gisella schon da": a relative already or still here
    (
        r"(?:ist|sind) (?:oma|opa|mama|papa|mutti|vati|mami|papi|tante|onkel|die kinder|die kids|mein mann|meine frau"
        r"|mein sohn|meine tochter|die putzfrau|die putzhilfe|der babysitter|die babysitterin|die tagesmutter"
        r"|der hundesitter|die pflegerin|der handwerker)(?: \w+)? (?:schon|noch|endlich|jetzt) (?:da|hier|daheim|zu ?hause"
        r"|weg|zuruck|unterwegs)(?![a-z])"
    ),
    (
        r"(?:passeador|empregada|baba|diarista|senhora da limpeza|paseador|asistenta|canguro)(?: \w+){0,4}?"
        r" (?:foi embora|se fue|se marcho|ja saiu|ya salio)"
    ),
    # at a relative's in Polish: "kalina jest jeszcze u babci"
    (
        r"(?:jest|sa|bedzie|zostaje|zostaja|nocuje|spi|siedzi) (?:jeszcze |juz |teraz |dzisiaj |dzis |caly dzien )*u"
        r" (?:babci|dziadka|dziadkow|cioci|wujka|taty"
        r"|mamy|kolegi|kolezanki|znajom\w*|sasiad\w*)"
    ),
    # at a relative's: "luna è ancora dalla nonna"
    (
        r"(?:e|sono|sta|stanno|resta|rimane|dorme|va|vanno|andra) (?:ancora |gia |sempre |oggi )?(?:da|dalla|dal|dai|dagli|dallo)"
        r"(?: un| una)?(?: sua| suo| loro)?"
        r" (?:nonn[aoie]|zi[aoie]|papa|mamma|padre|madre|fratello|sorella|cugin[aoie]|amic[aoie]|vicin[aoie])"
    ),
    # the speaker stuck in traffic or running late: "ich steh im stau auf der a8", "stojím v koloně na d1"
    (
        r"(?:i'm|im|i am) (?:stuck (?:in|at|on the [a-z]?\d+)|running (?:\w+ ){0,2}?late|in traffic|sat in traffic)"
        r"|stuck in traffic"
        r"|(?:steh|stehe|stecke|steck) (?:\w+ )?im stau|je suis (?:coince\w*|bloque\w*)|dans les bouchons"
        r"|estoy (?:atascad[oa]|en un atasco|parad[oa] en)|atascad[oa] en|(?:sono|sto) (?:bloccat[oa]|ferm[oa]|in coda)"
        r"|bloccat[oa] (?:in|nel) (?:coda|traffico)|(?:ik sta|we staan) (?:\w+ )?(?:vast|in de file)|vast in de file"
        r"|stoje w korku|(?:jestem|utknal\w*) w korku|stojim v kolone|jsem v kolone|(?:holder|star|sidder|sitter) i ko"
        r"|(?:estou|estamos) (?:pres[oa]s?|parad[oa]s?) no transito|no transito (?:na|da|do)"
        r"|(?:i'll|i will) be (?:\w+ )?late|(?:ich komme|wir kommen) (?:\w+ ){0,2}?(?:spater|zu spat)"
        r"|je (?:serai|vais etre) en retard|(?:voy|vamos) a llegar tarde|(?:arrivo|arriviamo) (?:in )?ritardo|arrivo tardi"
        r"|ik (?:ben|kom) (?:\w+ )?te laat|(?:bede|bedziemy) spozni\w*|spoznie sie|vou chegar atrasad[oa]"
        r"|jag (?:blir|kommer) (?:\w+ )?(?:sen|forsenad)|jeg (?:kommer|bliver|blir) (?:\w+ )?(?:for sent|forsinket)"
        r"|(?:prijdu|prijedu) pozde|budu mit zpozdeni|er nok (?:\w+ )?forsinket"
    ),
    # the children at a parent's for the weekend: "Jack's at his dad's this weekend", "är det pappahelg"
    (
        r"(?:at|bei|chez|con|bij|u|hos|com|dal|da|with) (?:his|her|their|seinem|ihrem|leur|son|sa|su|sus|suo|sua|loro|zijn"
        r"|haar|hun|swojego|jego|jej|seu|sin|sitt|hans|hennes|deres) (?:dad|mum|mom|father|mother|vater|mutter|pere|mere"
        r"|padre|madre|papa|mama|vader|moeder|ojca|matki|pai|mae|far|mor|faren|moren|pappa|mamma)"
    ),
    (
        r"(?:pappa|mamma|papa|mama|vader|moeder|far|mor)(?:helg|helgen|weekend|wochenende|weekenden)|(?:vader|moeder)"
        r" ?weekend|week-end de (?:leur|son|sa) (?:pere|mere)|(?:weekend|wochenende|week-end|finde|fin de semana|helg\w*"
        r"|vikend\w*) (?:\w+ ){0,3}?(?:u|bei|chez|con|bij|hos|com|dal|w|at) (?:\w+ )?(?:taty|tatu|mamy|ojca|matki"
        r"|vater|mutter|pere|mere|padre|madre|papa|mama|vader|moeder|faren|moren|dad|mum|mom)|(?:les|nos) toca con (?:su|tu)"
        r" (?:madre|padre)|(?:u|hos) (?:taty|ojca|matky|mamy|faren sin|moren sin|faren|moren)"
    ),
    # a child on a sleepover, picked up from school or practice
    (
        r"(?:bei|auf|at|on|na|en|op|pa|til|till|alla|al|ao|no|do|in|im|z) (?:der |dem |a |the |una |un |een |la |le |el "
        r"|o |uma )?(?:ubernachtungsparty|pyjama ?party|pijama ?party|pizama ?party|slumber party|sleepover|logeerpartij)"
        r"|a dormire da|slaapt (?:\w+ )?(?:nog )?bij|sover (?:\w+ )?(?:over )?hos|dort chez|duerme en casa de"
        r"|dorme (?:na casa|em casa) d"
    ),
    (
        r"(?:picked up|pick (?:\w+ )?up|abgeholt|holt|holen|recoge|recoger|recogido|va chercher|aller chercher|prende"
        r"|prendere|preso|ophalen|haalt|opgehaald|odbier\w*|odebra\w*|buscar|busca|buscou|hamta\w*|henter|hente|hentet"
        r"|vyzvedn\w*|vyzvedl\w*)(?: \w+){0,4}? (?:from|vom|von der|von|du|de la|de l'|del|dal|dalla|van|z|ze|da|do|fra"
        r"|fran|ze|at) (?:the |der |dem |la |le |el |il |de |het |o |a )?" + ACTIVITIES
    ),
    # who just came in, opened or unlocked a door: "wer ist eben zur haustür reingekommen", "hvem låste opp ytterdøra"
    (
        r"(?:who|wer|qui|quien|chi|wie|kto|quem|vem|hvem|kdo)(?: \w+){0,4}? (?:just came in|came in|come in|just got in"
        r"|reingekommen|hereingekommen|vient de (?:rentrer|entrer|sortir)|acaba de (?:entrar|llegar|salir)|e entrat[oa]"
        r"|kwam (?:er )?(?:net )?binnen|wszedl|entrou|kom (?:lige |precis )?in|kom (?:lige |precis )?ind|prisel"
        # who just arrived: "qui vient d'arriver", "wer ist gerade angekommen", "wie is er net binnengekomen"
        r"|just arrived|just got home|just came home|vient d'arriver|est (?:\w+ )?arrivee?|est (?:\w+ )?rentree?"
        r"|(?:gerade|eben|grad) (?:\w+ )?(?:angekommen|heimgekommen|nach hause gekommen)|ha llegado|e appena (?:arrivat[oa]"
        r"|rientrat[oa])|(?:net )?binnengekomen|net (?:aangekomen|thuisgekomen)|(?:wlasnie|przed chwila) (?:przyjechal\w*"
        r"|przyszedl\w*|wrocil\w*)|acabou de chegar|kom (?:just|nettopp|lige) hem|kom (?:just|nettopp|lige) hjem"
        r"|(?:prave|ted) (?:prisel|prisla|prijel|prijela|dorazil\w*))(?![a-z])"
        r"|"
        + WHO_OPENED
        + r"(?: \w+){0,3}? (?:the |die |den |la |le |el |il |de |o |a )?(?:\w*door\w*|\w*tur\w*|porte|puerta|portone|porta"
        r"|\w*deur|drzwi|\w*dor[ae]?n?|\w*dorr\w*|dvere|\w*garag\w*|gate|portail|cancello|portao|furtk\w*|bram\w*"
        r"|cerradura|fechadura|serratura|serrure|zamek|zamk\w*)(?![a-z])"
    ),
    # the same with the verb first or split: "odemkl někdo v noci dveře", "har nogen låst hoveddøren op"
    (
        r"(?:odemkl\w*|otevrel\w*) (?:\w+ )?nekdo(?![a-z])"
        r"|(?:nogen|noen|nagon) (?:har )?last (?:\w+ ){1,3}?op(?![a-z])"
        r"|iemand (?:\w+ ){0,3}?van het slot (?:gedaan|gehaald)"
        # the verb last: "wer hat die kellertür abgeschlossen", "wie heeft de achterdeur op slot gedaan"
        r"|(?:wer|wie|jemand|iemand) (?:hat|heeft|hatte|had) (?:\w+ ){0,3}?"
        + DOORS
        + r" (?:\w+ ){0,3}?(?:aufgemacht"
        r"|aufgesperrt|aufgeschlossen|abgeschlossen|abgesperrt|zugesperrt|geoffnet|opengedaan|op slot gedaan"
        r"|open gedaan|geopend)(?![a-z])"
    ),
    # who came back last: "a kto wrócił ostatni", "vem kom hem sist", "who got back last"
    (
        r"(?:who|wer|qui|quien|chi|wie|kto|quem|vem|hvem|kdo)(?: \w+){0,3}? (?:came back|got back|came home|got home"
        r"|zuruckgekommen|heimgekommen|est rentre\w*|est revenu\w*|volvio|ha vuelto|llego|e tornat[oa]|e rientrat[oa]"
        r"|kwam thuis|thuisgekomen|wrocil\w*|przyszedl\w*|przyszla|voltou|chegou|kom hem|kom tillbaka|kom hjem"
        r"|kom tilbake|kom tilbage|vratil\w*|prisel|prisla|prijel\w*)(?: \w+){0,2}? (?:last|zuletzt|als letzter"
        r"|als letztes|en dernier|el ultimo|la ultima|por ultimo|per ultimo|per ultima|als laatste|ostatni\w*"
        r"|em ultimo|sist|sidst|posledni)(?![a-z])"
    ),
    # a door opened, in the German and Dutch order: "hat jemand die haustür aufgeschlossen"
    (
        r"(?:wer|jemand|einer|iemand|wie)(?: \w+){0,4}? (?:\w*tur\w*|\w*deur|tor|garagentor|\w*garage\w*)(?: \w+)?"
        r" (?:aufgeschlossen|aufgesperrt|aufgemacht|geoffnet|entsperrt|opengedaan|geopend|opengemaakt|ontgrendeld)"
    ),
    # the speaker landing or still at work or on a train: "jeg lander om en time", "bin noch im büro"
    (
        r"(?:i'?m landing|i land|landing in|ich lande|lande in|j'atterris|aterrizo|acabo de aterrizar|atterro|ik land"
        r"|pouso|aterro|landar om|lander om|jeg lander|wyladuje|przylatuje|przylece)(?![a-z])"
    ),
    (
        r"(?:still|noch|sigo|toujours|ancora|nog|jeszcze|ainda|fortfarande|stadig|fortsatt|porad|kvar)(?: \w+){0,2}? (?:at|im|en"
        r"|au|in|op|w|no|na|pa|v|ve|all'|al) (?:the |der |la |le |l'|de |o |a )?(?:office|buro|oficina|bureau|ufficio|kantoor"
        r"|biurze|escritorio|kontoret|kancelari|praci|work|arbeit|trabajo|travail|lavoro|werk|pracy|trabalho|jobbet"
        r"|arbejde|jobben)(?![a-z])"
    ),
    (
        r"(?:sitz|sitze|sitter|sidder|zit|siedze|sedim|sitting|i'm on|im on)(?: \w+){0,2}? (?:im|in|on|pa|op|w|v|ve) (?:the "
        r"|der |de |het )?(?:zug|ice|bus|train|tog|toget|tag|taget|trein|pociagu|vlaku|autobusie|bussen|tram)(?![a-z])"
    ),
    (
        r"(?:wont|won't|will not) be (?:back|home) (?:before|until|till)|je (?:ne )?rentre pas avant|ben (?:pas|er pas)"
        r" (?:om|rond)|llegare (?:sobre|a las|hacia)|bede (?:kolo|okolo|o) \w+|er hjemme (?:ved|rundt|omkring|kl)"
        r"|ar hemma (?:vid|runt|kl)|ar framme|so um \w+ da|en \d+ minutos estoy en casa|estoy en casa en"
    ),
    # the speaker at an airport, the flight late: "sono a malpensa e il volo è in ritardo"
    (
        r"(?:i'm|im|i am|je suis|sono|estoy|estou|ich bin|ik ben|jestem|jag ar|jeg er|jsem)(?: \w+){1,4}? (?:and|et|e|y|und"
        r"|en|i|og|och|a) (?:the |le |il |el |der |de |o |mit |min |mitt )?(?:flight|vol|volo|vuelo|flug|vlucht|lot|voo"
        r"|flyg|flyget|flyet|let)(?![a-z])"
    ),
    # what the doorbell shows after a ring, and the recording asked for
    (
        r"(?:what|co|was|hva|wat|vad|hvad|que|cosa|o que)(?: \w+){0,3}? (?:shows?|zeigt|montre|muestra|mostra|toont"
        r"|pokazuje|ukazuje|visar|viser|see|ser|ziet|zie|videt|syns|vede|vidis|vois|ves|vedi|widac|widzisz)(?: \w+){0,3}?"
        r" (?:zvonku|zvonek|turklingel|klingel|ringeklokka|ringeklokken|deurbel|dorrklockan|dorklokken|campainha|timbre"
        r"|sonnette|campanello|dzwonku|doorbell)(?![a-z])"
    ),
    (
        r"(?:vis mig|show me|zeig mir|montre-moi|montre moi|muestrame|mostrami|laat me|pokaz mi|mostra-me|visa mig|vis meg"
        r"|ukaz mi) (?:\w+ )?(?:optagelse\w*|recording|footage|clip|aufnahme|enregistrement|grabacion|registrazione|opname"
        r"|nagranie|gravacao|inspelning\w*|opptak\w*|zaznam|klip\w*|klipp\w*|clips?|filmpje\w*)(?![a-z])(?! (?:settings|quality|resolution|einstellungen"
        r"|parametres|ajustes|impostazioni|instellingen|ustawienia|definicoes|installningar|indstillinger|innstillinger"
        r"|nastaveni))"
    ),
    # the lock's log and who disarmed the alarm: "kdo ráno vypnul alarm", "zeig mir das nuki protokoll"
    (
        r"(?:who|wer|qui|quien|chi|wie|kto|quem|vem|hvem|kdo)(?: \w+){0,4}? (?:turned off|disarmed|switched off"
        r"|vypnul\w*|slog\w* (?:\w+ )?fra|slo (?:\w+ )?av|skrudde av|stangde av|aufgesperrt|ausgeschaltet|entsperrt"
        r"|desactivo|apago|desligou|disattivato|disinserito|uitgeschakeld|wylaczyl\w*|odemkl\w*|deverrouille|desactive"
        r"|abrio|destrancou|otworzyl\w*)(?: \w+){0,3}? (?:the |die |den |la |le |el |il |de |o |a |l')?(?:alarm\w*"
        r"|larm\w*|allarme|alarme|(?:smart ?|door ?|front ?|back ?)?locks?|\w*slot|serrure|cerradura|fechadura|serratura|zamek"
        r"|zamku|zamk\w*|las|laset|lasen|" + DOORS + r")(?![a-z])"
    ),
    (
        r"(?:lock|schloss|nuki|slot|serrure|cerradura|serratura|zamk\w*|fechadura|las|lase|smartlas\w*)"
        r" ?(?:history|log|logbook|protokoll|historique|historial|cronologia|logboek|historia|historico|logg\w*|historik)"
        r"|(?:historique|historial|cronologia|historia|historico|logboek|loggen|protokoll) (?:\w+ ){0,3}?(?:serrure"
        r"|cerradura|serratura|zamka|fechadura|slot|smartlas\w*|nuki|schloss|lock)|laslogg\w*|lasloggen"
    ),
    (
        r"(?:who|wer|qui|quien|chi|wie|kto|quem|vem|hvem|kdo)(?: \w+){0,4}? (?:the |den |die |das |het |l')?(?:alarm\w*"
        r"|larm\w*|allarme|alarme|"
        + DOORS
        + r")(?: \w+){0,3}? (?:fra|av|off|aus|op|opp|upp|uit"
        r"|uitgeschakeld|aufgesperrt|aufgemacht|ausgeschaltet|geoffnet|opengemaakt|opengedaan)(?![a-z])"
    ),
    (
        r"(?:quien|who|wer|qui|chi|wie|kto|quem|vem|hvem|kdo)(?: \w+){0,2}? (?:salio por|left through|left by|ging raus"
        r"|est sorti par|e uscit[oa] dalla|wyszedl przez|saiu pela|gick ut genom|gikk ut|gik ud ad|vysel)"
    ),
    # a member's car in the garage or the drive: "el coche de pablo está en el garaje"
    (
        r"(?:star|sta|steht|staat|stoi|stoji) (?:the |der |de |o |el |la )?(?:bilen|bil|auto|wagen|samochod|car)"
        r"(?: \w+){0,4}? (?:innkjorselen|uppfarten|indkorslen|einfahrt|oprit|garasjen|garaget|garagen|garage|podjazd\w*"
        r"|driveway)(?![a-z])"
    ),
    (
        r"(?:coche|carro|bil|bilen|auto|car|voiture|macchina|wagen|samochod|vuz)(?: \w+){0,3}? (?:is|esta|star|sta|est"
        r"|ist|staat|jest|stoi|e|er|ar|je)(?: \w+){0,2}? (?:garage|garaje|garagem|garasjen|garaget|garagen|garaz\w*"
        r"|innkjorselen|uppfarten|indkorslen|einfahrt|oprit|vialetto|podjazd\w*|driveway|allee)(?![a-z])"
    ),
    # when someone left or came, whatever the name (speech-to-text mishears them): "a qué hora salió luzía esta mañana"
    (
        r"(?:cuando|a que hora) (?:salio|se fue|llego|volvio|entro) (?!el |la |los |las |un |una |mi |tu |su )\w+"
        r"|(?:o ktorej|kiedy) (?!pociag|autobus|samolot|film|sklep)\w+ (?:wyszl\w*|wrocil\w*|przyszl\w*|wyjechal\w*)"
        r"|v kolik (?:odesel|odesla|prisel|prisla|odjel|odjela)|hoe laat is \w+ (?:\w+ ){0,2}?(?:de deur uit|vertrokken"
        r"|weggegaan|thuisgekomen)|nar (?:drog|gick|kom|akte) (?!tag|bus|flyg)\w+ (?:i morse|i kvall|igar|hem|hemifran)"
        r"|what time did (?!the |a |an |it |this |that )\w+ (?:come in|get in|get home|come home|leave|go out)"
    ),
    r"vilka ar hemma|hvem er hjemme",
    # back from school or practice: "už se vojtík vrátil z fotbalu", "har sanderen kommi hjem fra fotballtreninga"
    (
        r"(?:vratil\w*|vraci|wrocil\w*|wraca|back|zuruck|kam|rentre\w*|revenu\w*|volvio|vuelve|llego|tornat\w*|torna"
        r"|rientrat\w*|terug|thuisgekomen|voltou|volta|chegou|kommit|kommi|kommet|hjem|hem|quitte|left|verlassen)"
        r"(?: \w+){0,2}? (?:from|vom|von der|von|du|de la|de l'|del|dal|dalla|van|z|ze|da|do|fra|fran) "
        + ACTIVITIES
    ),
    # he or she left or came, and should be here: "ugo il a quitté l'entraînement … il devrait déjà être là"
    r"(?:il|elle) a quitte|(?:il|elle) est partie?|(?:il|elle) devrait (?:deja )?etre la",
    r"(?:vast sta|in de file)",
    # announced: "papa ist in fünf minuten da", "mama is er over tien minuten", "farfar är här om fem minuter"
    (
        r"(?:is|ist|ar|er|est|e|esta|jest|je|sera|bude) (?:er|har|her|hier|la|qui|aqui|tady|tu|da) (?:in|om|over|dans|en"
        r"|tra|fra|za|em) \w+ (?:minut\w*|stunde\w*|hours?|heures?|horas?|ore|uur|timer?|hodin\w*|godzin\w*)"
    ),
    (
        r"(?:is|ist|ar|er|est|e|esta|jest|je|sera|bude) (?:in|om|over|dans|en|tra|fra|za|em) \w+ (?:minut\w*|stunde\w*"
        r"|hours?|heures?|horas?|ore|uur|timer?|hodin\w*|godzin\w*) (?:da|here|home|la|ici|aqui|qui|hier|har|her|tady|tu"
        r"|thuis|hjemme|hemma|doma|zu hause|daheim)(?![a-z])"
    ),
    # a shift or a work trip: "julien finit sa garde", "a che ora stacca dal turno", "när slutar anders nattpass"
    (
        r"(?:nattpass|kvallspass|dagpass|sa garde|(?:est|etre|suis|sont) de garde|dal turno|il turno|spatschicht"
        r"|nachtschicht|fruhschicht|spatdienst)"
    ),
    # back from a work trip, or on one: "kdy se petr vrací ze služební cesty", "dad … from his work trip"
    (
        r"(?:back|home|zuruck|rentre\w*|vuelve|volvera|torna|terug|wraca|wroci|volta|tillbaka|tilbage|tilbake|vraci|vrati"
        r"|his|her|their|my|our|sein\w*|ihr\w*|son|sa|su|suo|sua|zijn|haar|jego|jej|seu|sin|sitt|hans|hennes|deres|jeho"
        r"|jeji|i'm|im|i am|bin|suis|estoy|sono|ben|jestem|estou|jsem|we're|sind|siamo|zijn|estamos)(?: \w+){0,6}?"
        r" (?:(?:work|business) trip|dienstreise|geschaftsreise|deplacement professionnel"
        r"|viaje de (?:negocios|trabajo)|viaggio di lavoro|trasferta|zakenreis|werkreis|delegacj\w*"
        r"|viagem de (?:trabalho|negocios)|tjansteresa|jobbresa|forretningsrejse|tjenestereise|jobbreise|sluzebni cest\w*)"
    ),
    # "is scho wer dahoam", "er det noen heime": anyone home, in dialect
    r"(?:wer|jemand|einer|noen|nogen|nagon) (?:\w+ )?(?:dahoam|dahoim|dahaam|heime|hjemma)",
    # the household away until a day: "we're in lisbon till sunday", "estamos en canarias hasta el 3 de agosto"
    WE_TRAVEL + r"(?: \w+){0,2}? " + AWAY_AT + r"(?: \w+){1,4}? " + UNTIL_A_DAY,
    WE_TRAVEL + " " + UNTIL_A_DAY + r"\.?(?: \w+){0,2}? " + AWAY_AT + r" \w+",
    r"(?:"
    + WE_TRAVEL
    + r"|vamos)(?: \w+)? (?:all|alle|tous|todos|tutti|allemaal|wszyscy|allihop|alle sammen|vsichni)"
    r"(?: \w+){0,2}?"
    r" (?:to|for|nach|en|a|al|per|in|naar|nad|na|para|till|til|pa|do|auf)",
    # nobody home any more: "is keiner mehr daheim", "czy nikogo już nie ma w domu"
    (
        r"(?:keiner|niemand|nobody|nobody's|no one|personne|nadie|nessuno|nikogo|nikt|ninguem|ingen|nikdo)(?: \w+){0,4}?"
        r" (?:home|the house|daheim|zu ?hause|a la maison|en casa|a casa|in casa|thuis|w domu|em casa|hemma|hjemme|doma)"
    ),
    # a family car gone: "daddys car is gone", "la macchina di papà non c'è più", "auto taty zniknęło"
    (
        CARS + r" (?:\w+ ){0,3}?(?:is gone|is not|isn't|gone"
        r"|er vek|er vaek|ar borta|je pryc|znikn\w*|nie ma|ya no esta|no esta|n'est plus|est plus la|non c'e piu|ist weg"
        r"|is weg|nao esta|ja nao esta)"
    ),
    # where the speaker will be tonight: "tell mom im at jakes tonight", "zeg tegen mama dat ik vanavond bij daan ben"
    # the speaker somewhere in Italian: "sono in ufficio fino alle sei", "sono in treno" ("ci sono" is "there are")
    (
        r"(?<![a-z])(?<!ci )sono (?:ancora |gia )?in (?:ufficio|palestra|macchina|treno|autobus|metro|viaggio|ospedale"
        r"|piscina|centro|citta|giro|ritardo|aeroporto|stazione)(?![a-z])"
    ),
    (
        # Italian "sto", not the Czech hundred: "kolik je sto mil v kilometrech"
        r"(?:i'm|im(?= at | staying)|i am|i'll be|ich bin|je suis|je serai|estoy|estare|sto(?! (?:\w+ ){0,3}?ve? )|saro|ik ben"
        r"|jestem|bede|estou"
        r"|vou estar|jag ar"
        r"|jag blir|jeg er|jeg blir|jsem|budu|ik sta|jeg star|jag star|(?<!ci )sono)(?: \w+){0,3}?"
        r" (?:at|bei|chez|en casa de|da|bij|u|na|no|hos|ve|v|alla|allo|a la|au|op(?! zoek)|pa|am|im) (?!\d)"
        r"(?!(?:ricerca|recherche|fine|moda|mode|page|base|carte|main|portee|hauteur|altezza|fois|dieta|regime|about|around"
        r"|roughly|least|most|level|chapter|step|lesson|week)(?![a-z]))"
        r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|half|quarter)(?![a-z]))\w+"
    ),
    # the house on holiday: "stell das Haus auf Urlaub", "mets la maison en mode absence", "włącz vacation mode"
    (
        r"(?:vacation|holiday|away) (?:mode|schedule)|urlaubsmodus|(?:haus|wohnung) auf urlaub|mode (?:absence|vacances)"
        r"|modalita (?:assenza|vacanza|vacanze)|modo (?:vacaciones|ausente|ferias)|vakantiemodus|tryb (?:urlopowy|wakacyjny)"
        r"|semesterlage|feriemode|ferietilstand|ferie ?modus|rezim\w* dovolen\w*"
    ),
    # the children at the other parent's: "die kids sind eh bei ihrem vater bis sonntag", "está con su padre"
    (
        r"(?:bei|chez|con|dal|bij|u|com|hos) (?:ihrem |ihrer |seinem |seiner |leur |su |suo |loro |hun |zijn |haar |o |a "
        r"|sin |sitt |deres |jeho |jeji )?(?:vater|mutter|papa|mama|pere|mere|padre|madre|vader|moeder|ojca|matki|pai|mae"
        r"|far|mor|otce|matky)(?: (?:bis|jusqu|hasta|fino|tot|do|ate|till|til|todo|tout|das|het|the|el|all))"
    ),
    # alone at home, and the speaker leaving work
    (
        r"(?:nog |noch |still |encore |todavia |ancora |jeszcze |ainda |fortfarande |fortsatt |stadig |jeste )?"
        r"(?:alleen|allein\w*|alone|seule?|sola|solo|sama?|sozinh[oa]|ensam|alene) (?:thuis|zu hause|daheim|at home"
        r"|a la maison|en casa|a casa|w domu|em casa|hemma|hjemme|doma)"
    ),
    (
        r"(?:salgo|saio|esco|je sors|je quitte|ich gehe|i leave|i'm leaving|wychodze|ik ga|jag gar|jeg gar|odchazim)"
        r" (?:\w+ )?(?:del|do|dal|du|le|von der|aus dem|from|z|van|fra|fran) (?:curro|trabajo|trabalho|lavoro|ufficio"
        r"|boulot|travail|bureau|arbeit|buro|work|office|pracy|biura|werk|kantoor|jobbet|jobb|arbejde|kontoret|prace)"
    ),
    r"qui (?:est|sont) (?:\w+ )?(?:a la maison|a l'appart|chez nous|dans la maison|a la coloc|a l'appartement)",
    # alone in the house, someone came in, the kids got in from school
    (
        r"(?:bin|ist|sind) (?:\w+ )?(?:grad |gerade |jetzt )?allein\w* (?:im haus|zu hause|daheim)|am i (?:\w+ )?alone"
        r" (?:in the house|at home)|suis-je seule? a la maison|estoy sol[oa] en casa|sono sol[oa] in casa|ben ik alleen thuis"
        r"|jestem sam[a]? w domu|estou sozinh[oa] em casa|ar jag ensam hemma|er jeg alene hjemme|jsem doma sam[a]?"
    ),
    (
        r"(?:is|ist|has|have) (?:er |da |jemand |iemand |someone |anyone |somebody |anybody )+(?:binnengekomen"
        r"|hereingekommen|reingekommen|come in|gekommen|came in)"
    ),
    r"(?:get|got|come|came) (?:in|back|home) from (?:school|work|practice|training|kindergarten|daycare|nursery)",
    # "did the kids make it to school this morning", "did Emma get to work"
    (
        r"(?:did|have|has) (?:the |my |our )?\w+ (?:\w+ )?(?:make|made|get|got) (?:it )?to (?:school|work|kindergarten|daycare"
        r"|nursery|practice|training|the office)"
    ),
    # while the household was away: "hoe vaak is de voordeur opengegaan terwijl wij in spanje zaten"
    (
        r"while (?:we|i) (?:were|was) (?:away|out|on holiday|on vacation|in \w+)|wahrend wir (?:\w+ ){0,3}(?:waren|weg)"
        r"|cuando (?:estabamos|estuvimos) (?:fuera|de viaje|de vacaciones)"
        r"|pendant (?:qu'on etait|que nous etions)|mientras (?:estabamos|estuvimos) (?:fuera|de viaje|de vacaciones|en \w+)"
        r"|mentre eravamo (?:via|fuori|in vacanza|in \w+|a \w+)|terwijl (?:wij|we) (?:\w+ ){0,3}(?:zaten|waren)"
        r"|(?:kiedy|gdy|jak) (?:bylismy|nas nie bylo)|enquanto (?:estavamos|estivemos) (?:fora|de ferias|em \w+|no \w+|na \w+)"
        r"|medan vi var (?:borta|bortresta|pa semester|i \w+)|mens vi var (?:vek|bortrejst|borte|bortreist|pa ferie|i \w+)"
        r"|(?:kdyz|zatimco) jsme byli (?:pryc|na dovolene|v \w+)"
    ),
    # a household member's shift, and guests staying over
    (
        r"(?:night|late|early|evening) shift|(?:nacht|spat|fruh)schicht|nachtdienst|spatdienst|turno de (?:noche|tarde)"
        r"|turno di notte|(?:late|vroege|avond|nacht) dienst|nachtdienst|avonddienst|nock[aeiy]|turno da (?:noite|tarde)"
        r"|(?:natt|kvalls)skift|(?:aften|natte)vagt|(?:natt|kvelds)vakt|nattevakt|nocni smen\w*"
        r"|ma (?:nocni|odpoledni|ranni)"
    ),
    (
        r"(?:staying over|sleeping over|stay the night|ubernachten|ubernachtet|dorment (?:a la maison|chez nous)"
        r"|duermen en casa|se quedan a dormir|dormono da noi|logeren|blijven slapen|nocuj\w*|spia u nas|dormem ca"
        r"|sover over|overnatter|prespi\w*)"
    ),
    # the house empty while the family is away, and making it look lived in
    (
        r"(?:house|home|casa|huis|huset|dum|haus|maison|dom) (?:\w+ ){0,5}?(?:empty|vacia|leeg|tomt|prazdny|vazia|leer"
        r"|vide|vuota|pusty)"
    ),
    (
        r"(?:presence simulation|simulacion de presencia|simulation de presence|simulazione (?:di )?presenza"
        r"|anwesenheitssimulation|aanwezigheidssimulatie|symulacj\w* obecnosci|simulacao de presenca|narvarosimulering"
        r"|tilstedevaerelsessimulering|simulac\w* pritomnosti|looks? like (?:someone|somebody)'?s? (?:is )?home"
        r"|make it look like (?:someone|somebody|we)|so aussieht als (?:ob )?(?:jemand|wir)|vakantiestand|vakantiemodus"
        r"|bewohnt aussieht|bewohnt aussehen|faire croire (?:qu'on|que (?:quelqu'un|on|nous))|parezca que (?:hay|esta) (?:alguien|gente)"
        r"|simulare (?:la )?presenza|wygladal\w* (?:jakby|ze) (?:ktos|ktokolwiek)|parecer que (?:tem|ha|esta) (?:gente|alguem)"
        r"|ser ut som (?:om )?(?:nan|nagon|noen)|ligner (?:der er )?nogen|vypadal\w* (?:jako ze|ze) (?:je )?nekdo"
        r"|urlaubsmodus|mode vacances|modo vacaciones|modalita vacanza|tryb urlopowy|modo ferias|semesterlage"
        r"|feriemodus|ferieprogram\w*|bortemodus|borte modus|dovolenkov\w* rezim)"
    ),
    (
        r"(?:we'?re|we are|wir sind|on est|nous sommes|estamos|siamo|we zijn|jestesmy|vi ar|vi er|jsme) (?:\w+ ){0,4}?"
        r"(?:away|weg|verreist|on holiday|im urlaub|en vacances|de vacaciones|in vacanza|op vakantie|na wakacjach"
        r"|de ferias|pa semester|pa ferie|na dovolene|from the|vom|du|del|dal|van|od|de|fra|fran) (?:\w+ ){0,3}?"
        r"(?:to|till|until|bis|au|al|tot|do|a|til|ate)"
    ),
    r"ist (?:die|der) \w+ (?:schon |noch |jetzt )+(?:zu ?hause|daheim|zuruck|heimgekommen)",
    r"(?:anyone|anybody|someone|somebody) (?:come|came|stop|stopped|drop|dropped) (?:by|round|over)",
    r"(?:is|are) (?:every|any|some|no)(?:one|body) (?:\w+ )?(?:home|at home|in the house|out|here|back|away)",
    r"how many (?:people|persons|of us|family members|kids|children) (?:are |is )?(?:\w+ )?(?:home|at home|in the house|here)",
    r"(?:sind|ist) (?:alle|jeder|jemand|wir alle|die kinder|die anderen) (?:\w+ ){0,3}?(?:zu ?hause|daheim|da|weg)",
    r"wie viele (?:personen|leute|menschen|familienmitglieder|von uns) sind (?:\w+ )?(?:zu ?hause|daheim|da)",
    r"wann (?:ist|kam|war) (?!die |der |das |mein\w* |unser\w* |ein\w* )\w+ (?:\w+ ){0,3}?(?:nach hause|heim|heimgekommen|angekommen|gegangen|losgefahren|zu hause)",
    r"wann (?:ist|sind) (?:er|sie) (?:\w+ ){0,3}?(?:los|weg|losgegangen|aus dem haus)"
    + END,
    r"tout le monde est (?:\w+ )?(?:a la maison|rentre|la)",
    r"combien de (?:personnes|gens|membres) (?:sont|il y a|y a-t-il) (?:\w+ )?(?:a la maison|chez nous|ici)",
    r"quand (?:est-ce que )?(?!le |la |les |l'|mon |ma |mes |un |une )\w+ est (?:rentree?|arrivee?|partie?|sortie?)",
    r"\w+ est-(?:il|elle) (?:a la maison|rentree?|la)",
    r"(?:estan|esta) todos en casa",
    r"cuantas personas (?:hay|estan) en casa",
    r"(?:cuando|a que hora) (?:llego|volvio|ha llegado|ha vuelto) (?!el |la |los |las |mi |mis |tu |su |un |una )\w+ (?:a casa|del trabajo|del colegio)",
    r"(?:cuando|a que hora) (?:llego|volvio|ha llegado|ha vuelto) a casa",
    r"sono tutti (?:a casa|in casa)",
    r"quante persone (?:ci sono|sono) (?:a casa|in casa)",
    r"(?:quando|a che ora) (?:e )?rientrat[oa]",
    r"(?:quando|a che ora) (?:e )?(?:tornat|arrivat)[oa] (?:a casa|(?!il |la |lo |l'|i |le |gli |un |una )\w+ a casa)",
    r"(?:quando|a che ora) (?!il |la |lo )\w+ e (?:(?:tornat|arrivat)[oa] a casa|rientrat[oa])",
    r"is iedereen (?:\w+ )?thuis",
    r"hoeveel (?:mensen|personen) zijn er (?:\w+ )?thuis",
    r"wanneer (?:is|kwam) (?!de |het |mijn |een )\w+ (?:thuisgekomen|thuis gekomen|thuis|aangekomen|vertrokken|weggegaan)",
    r"czy (?:ktos|ktokolwiek|wszyscy|\w+) (?:jest|sa|juz jest) (?:juz )?w domu",
    r"kto jest (?:teraz )?w domu",
    r"ile (?:osob|ludzi) jest (?:teraz )?w domu",
    r"kiedy \w+ (?:wrocil|wrocila|przyszedl|przyszla|przyjechal|przyjechala)\w*",
    r"czy \w+ (?:juz )?(?:wrocil|wrocila|wyszedl|wyszla|dotarl|dotarla)\w*",
    r"(?:esta|ha) alguem em casa",
    r"quem (?:esta|e que esta) em casa",
    r"quantas pessoas (?:estao|ha|tem) em casa",
    r"(?:estao|estamos) todos em casa",
    r"(?:esta|estao) em casa",
    r"(?:chegou|voltou|chegaram|voltaram) a casa",
    r"quando (?:e que )?(?:o |a )?\w+ (?:chegou|voltou) (?:a |em )?casa",
    r"ar (?:nagon|alla|\w+) (?:\w+ )?hemma",
    r"vem ar hemma",
    r"hur manga ar (?:\w+ )?hemma",
    r"nar (?:kom|gick|akte|kommer) \w+ (?:hem|hemifran)",
    r"har \w+ kommit hem",
    r"er (?:der|det) (?:nogen|nogle|noen) hjemme",
    r"hvem er (?:\w+ )?hjemme",
    r"hvor mange er (?:\w+ )?hjemme",
    r"er (?:alle|\w+) (?:\w+ )?hjemme",
    r"(?:hvornar|nar) (?:kom|gik|gikk|dro|tog) \w+ (?:hjem|hjemmefra)",
    r"(?:er|har) \w+ kommet hjem",
    r"je (?:nekdo|\w+) (?:\w+ )?doma",
    r"kdo je (?:\w+ )?doma",
    r"kolik (?:lidi|osob) je (?:\w+ )?doma",
    r"jsou (?:vsichni|\w+) doma",
    r"kdy (?:prisel|prisla|prijel|prijela|odesel|odesla|dorazil|dorazila) \w+",
    r"kdy \w+ (?:prisel|prisla|prijel|prijela|dorazil|dorazila|odesel|odesla)",
    r"(?:prisel|prisla|dorazil|dorazila) (?:uz )?\w+ domu",
)
WHEREABOUTS = (
    r"gdzie (?:jest|sa) \w+" + END,
    r"onde (?:esta|estao|anda) (?:o |a )?(?!os |as |um |uma |meu |minha )\w+" + END,
    # not a thing: "pakken min, hvor er den nå", "var är det"
    r"var ar (?!den |det |min |mitt )\w+" + END,
    r"hvor er (?!den |det |min |mitt |mine )\w+" + END,
    r"kde je \w+" + END,
)
WHEREABOUTS_TRIGGERS = ("gdzie", "onde", "var", "hvor", "kde")

# The household's away modes: "turn on vacation mode", "hur länge är bortaläget på".
AWAY_MODES = (
    r"(?:vacation|holiday|away|absence|urlaubs|abwesenheits|afwezigheids|vakantie|semester|ferie|borte|borta|ude"
    r"|bortreist|vacances|absence|vacaciones|ausente|vacanza|assenza|ferias|ausencia|viagem|urlopow\w*|wakacyjn\w*"
    r"|nieobecnosc\w*|dovolenkov\w*)(?:-| )?(?:mode|modus|routine|lage|laget|laege|tilstand\w*|rezim\w*|modo"
    r"|modalita|stand)|(?:mode|modo|modalita|tryb|rezim) (?:absence|vacances|ausente|vacaciones|vacanza|assenza"
    r"|ferias|viagem|wakacyjny|nieobecnosci|urlopowy|dovolena|nepritomnost|away)|semesterlaget|bortalaget"
    r"|feriemodus|ferietilstand\w*|udetilstand\w*|bortemodus"
)

GARAGES = r"(?:garag\w*|garaj\w*|garaz\w*|garasj\w*)"
OPENED = (
    r"(?:opened|opens|open|aufgemacht|geoffnet|abrio|ouvert|ouvre|aperto|apre|otevrel\w*|otevre|otworzyl\w*|abriu"
    r"|oppnade|oppnades|oppnar|abnede|apnet|opengegaan)"
)
# The household away or back, and who left last: read with the presence detector, gated by their own first words.
HOUSEHOLD_AWAY = (
    # "weil wir vom 22. Juli bis zum 9. August komplett weg sind und die Wohnung leer steht"
    r"wir (?:[\w.]+ ){0,6}?(?:weg|verreist|im urlaub|nicht da|nicht zu hause) sind",
    # away for a while: "we're going to portugal for three weeks", "odjíždíme na tři týdny" ("we're in for a cold
    # week" is the weather)
    (
        WE_TRAVEL
        + r"(?! in for)(?: [\w']+){0,3}? (?:for|fur|pour|por|per|voor|na|i|pa|pro) (?:[\w-]+ ){1,2}?(?:weeks?|days|wochen"
        r"|tage|semaines|jours|semanas|dias|settimane|giorni|weken|dagen|tygodni\w*|dni|veckor|dagar|uger|dage|uker"
        r"|dager|tydny|tydnu)(?![a-z])"
    ),
    (
        r"(?:die wohnung|das haus|the house|the flat|the apartment|la maison|l'appartement|la casa|el piso|het huis"
        r"|de woning|dom|mieszkanie|a casa|o apartamento|huset|lagenheten|leiligheten|lejligheden|byt|dum)"
        r" (?:\w+ )?(?:leer steht|leer stehen|is empty|will be empty|stays empty|est vide|sera vide|esta vacia|estara vacia"
        r"|esta vacio|e vuota|sara vuota|rimane vuota|staat leeg|is leeg|jest pusty|bedzie pusty|jest puste|bedzie puste"
        r"|esta vazia|vai estar vazia|fica vazia|star tomt|er tomt|ar tomt|kommer sta tomt|je prazdny|bude prazdny)"
    ),
    # home alone: "Děti jsou dnes večer samy doma", "dzieci same w domu do 22"
    (
        r"(?:samy doma|sami doma|same w domu|sami w domu|sama w domu|sam w domu|allein zu ?hause|seuls? a la maison"
        r"|solos? en casa|solas? en casa|soli a casa|sole a casa|alleen thuis|sozinh\w* em casa|ensamma? hemma"
        r"|alene hjemme|alone at home|alone in the house)"
    ),
    # the moment the last one leaves: "sobald der letzte aus dem haus ist", "cuando salga el último de casa"
    (
        r"(?:(?:the last|last) (?:one|person) (?:leaves|goes|is out|has left)|(?:sobald|wenn) der letzte|(?:des que|quand|lorsque)"
        r" le dernier|cuando (?:salga|se vaya) el ultimo|appena esce l'ultimo|quando esce l'ultimo|(?:nar|nar) den sidste"
        r"|nar siste (?:person )?drar|quando o ultimo sair|az odejde posledni|jak wszyscy wyjda|when everyone(?:'s| has)? left"
        r"|(?:zodra|als) de laatste)"
    ),
    # the household's away modes and presence simulation: "anwesenheits simulation aus"
    AWAY_MODES,
    (
        r"(?:presence|presents|anwesenheits|aanwezigheids) ?(?:simulation|simulatie)|tilstedevaerelsessimulering\w*"
        r"|simulation de presence|simulacion de presencia|simulazione (?:di )?presenza|symulacj\w* obecnosci"
        r"|simulacao de presenca|narvarosimulering\w*|simulace pritomnosti"
    ),
    # the last one to leave, everyone gone: "hvem gik sidst hjemmefra", "wie is er als laatste de deur uit gegaan"
    (
        r"(?:last (?:one|person) to (?:leave|go)|last to leave|sidst hjemmefra|sist hjemmefra|hemifran sist"
        r"|als laatste (?:\w+ ){0,2}?(?:de deur uit|weg|vertrokken|naar buiten)|als letzte\w* (?:\w+ )?(?:gegangen|raus"
        r"|aus dem haus|weg)|le dernier (?:a |qui )?(?:partir|parti|sortir|sorti)|el ultimo en (?:salir|irse)"
        r"|l'ultimo (?:a uscire|uscito)|ostatni\w* (?:wyszedl|wyszla|wychodzil\w*)|o ultimo a sair|sidst (?:ud|hjemme)"
        r"|odesel posledni|posledni odesel|gick (?:hemifran )?sist|gikk sist|gik sidst|dro sist)"
    ),
    (
        r"(?:everyone|everybody|alle|alla|todos|tutti|tous|wszyscy|vsichni)(?: \w+){0,2}? (?:gaet|gatt|dratt|gone|left"
        r"|fueron|usciti|partis|sortis|wyszli|odesli|sairam|weggegaan|vertrokken|fort|ude|ute|borta|borte)(?![a-z])"
    ),
    r"(?:se fueron|sono usciti|ja sairam|wyszli|odesli|sont partis|sont sortis)(?: \w+)? (?:todos|tutti|wszyscy|vsichni|tous)",
    # the household away: "mens vi er i tyskland", "terwijl wij weg zijn", "we zijn vanaf zaterdag twee weken weg"
    (
        r"(?:while|mens|medan|mentre|mientras|pendant que|terwijl|zolang|wahrend|zatimco|podczas gdy|enquanto|solange)"
        r" (?:we'?re|we are|vi er|vi ar|siamo|estamos|nous sommes|on est|wij|we|wir|jsme|jestesmy|nous)"
        r" (?:\w+ ){0,2}?(?:in|i|a|en|op|auf|na|v|w|em|no|pa|away|weg|fuera|via|fora|borte|vaek|borta|pryc|fuori|absents?"
        r"|unterwegs|on holiday|on vacation|op vakantie|im urlaub|en vacances|de vacaciones|in vacanza|de ferias)(?![a-z])"
    ),
    (
        r"(?:we zijn|wij zijn|wir sind|vi er|vi ar|we'?re|we are|we'?ll be|nous serons|on sera|estaremos|saremo|siamo"
        r"|bedziemy|jestesmy|budeme|jsme|estaremos|vamos estar)(?: \w+\.?){0,7}? (?:weg|away|borte|vaek|borta|fuera|via"
        r"|fora|pryc|absents?|nicht da|nicht zu hause|on holiday|op vakantie|im urlaub|en vacances|de vacaciones"
        r"|in vacanza|de ferias|na dovolene|na urlopie|pa semester|pa ferie|i syden|verreist|op reis|en voyage"
        r"|de viaje|in viaggio|w podrozy|em viagem|pa resa|pa rejse|pa reise|na cestach)(?![a-z])"
    ),
    # the household back: "we're back from italy", "wir sind wieder da", "vi är hemma igen"
    (
        r"(?:we'?re|we are) back|(?:wir sind|sind wir) (?:wieder|zuruck)(?: da| zu hause| daheim)?|vi er (?:kommet )?hjem"
        r"|vi er hjemme (?:igen|igjen)|vi ar hemma igen|vi ar tillbaka|vi er tilbake|vi er tilbage|we zijn (?:weer )?terug"
        r"|we zijn weer thuis|(?:nous sommes|on est) (?:rentres|de retour)|estamos de vuelta|ya estamos en casa"
        r"|siamo tornati|siamo rientrati|wrocilismo|jsme zpatky|uz jsme doma|estamos de volta|ja estamos em casa|chegamos a casa"
    ),
    # nobody there until a day: "bis dienstag ist eh keiner da", "non c'è nessuno fino a martedì"
    (
        r"(?:keiner|niemand|nessuno|nadie|personne n'est|personne ne sera|nobody|no one|nikdo|nikt|ninguem)(?: \w+){0,2}?"
        r" (?:da|there|alli|qui|hier|fino a|hasta|jusqu'a|bis|until|till|tot|ate)(?![a-z])"
    ),
    # the speaker's way home from work: "quando torno dal lavoro", "da komm ich von der arbeit", "cuando vuelvo del curro"
    (
        r"(?:when i (?:get|come) (?:home|back)|wenn ich (?:nach hause|heim) komme|komm ich von der arbeit|quand je rentre"
        r"|cuando (?:vuelvo|vuelva)(?: a casa| del (?:curro|trabajo))?|cuando (?:llegue|llego) (?:a casa|del (?:curro|trabajo))|quando (?:torno|rientro)(?: a casa"
        r"| dal lavoro)?|als ik thuiskom|als ik (?:terug|thuis) ben|jak wroce|kiedy wroce|quando (?:eu )?chegar"
        r"|nar jag kommer hem|nar jeg kommer hjem|az prijdu domu|kdyz prijdu domu|vracim se (?:\w+ ){0,3}?v"
        r"|jeg er hjemme (?:kl|klokken|ved|omkring)|jeg kommer hjem (?:fra|kl|klokka|klokken)|jag kommer hem (?:fran|kl|vid)"
        # "bo wtedy wracam z pracy", "weil ich dann von der arbeit komme", "quand je rentre du travail"
        r"|wracam (?:\w+ )?(?:z pracy|do domu|ze szkoly|z uczelni)|(?:kiedy|jak|gdy) wracam|ich (?:\w+ )?von der arbeit"
        r" (?:komme|heimkomme)|je rentre du (?:travail|boulot)|(?:vuelvo|llego) del (?:trabajo|curro)|torno dal lavoro"
        r"|(?:ik kom|kom ik) (?:\w+ )?(?:thuis|uit mijn werk|van mijn werk)|(?:chego|volto) (?:\w+ )?do trabalho)"
    ),
    # the garage opened by a household car: "il garage l'ha aperto la macchina di marco", "öppnades garageporten av eriks bil"
    CARS + r"(?: [\w']+){0,5}? " + OPENED + r"(?: [\w']+){0,4}? " + GARAGES,
    GARAGES + r"(?: [\w']+){0,5}? " + OPENED + r"(?: [\w']+){0,5}? " + CARS,
    OPENED + r"(?: [\w']+){0,3}? " + GARAGES + r"(?: [\w']+){0,5}? " + CARS,
    GARAGES + r"(?: [\w']+){0,5}? " + CARS + r"(?: [\w']+){0,2}? " + OPENED,
    # out of the bedroom (an elderly parent, a child): "kijk of ze al uit de slaapkamer is geweest"
    (
        r"(?:out of|left|come out of) (?:the |her |his )?bedroom|aus dem schlafzimmer (?:\w+ )?(?:raus|rausgekommen"
        r"|gekommen|gegangen)|sorti\w* de (?:la |sa )?chambre|salido del (?:dormitorio|cuarto)|uscit\w* dalla (?:camera"
        r"|stanza)|uit de slaapkamer (?:\w+ )?(?:geweest|gekomen)|wyszl\w* (?:\w+ )?z (?:sypialni|pokoju)|saiu do quarto"
        r"|ute ur sovrummet|lamnat sovrummet|ude af sovev\w*|ute av soverommet|vysl\w* z loznice"
    ),
    # who drove a household car, and its GPS track: "chi ha guidato la macchina ieri sera", "vis gps ruten for bilen"
    (
        r"(?:who|wer|qui|quien|chi|wie|kto|kdo|quem|vem|hvem) (?:\w+ ){0,2}?(?:drove|took|had|driven|gefahren|fuhr|pris"
        r"|conduit|cogio|llevo|condujo|guidato|preso|reed|gereden|jechal\w*|wzial\w*|jel|vzal\w*|conduziu|levou|korde"
        r"|tog|kjorte|korte|kort|tok|ridil\w*|jezdzil\w*)(?: \w+){0,3}? (?:"
        + CARS
        + r"|"
        + CAR_MAKES
        + r")(?![a-z])"
    ),
    # a household member took the car: "Has Julia taken the Volvo?", "hat Lena das Auto genommen", "Emma a pris la voiture"
    (
        r"(?:has|did|have) \w+ (?:taken|take|took|got|borrowed)(?: the| our| my| mum's| dad's)? (?:"
        + CARS
        + "|"
        + CAR_MAKES
        + r")(?![a-z])"
    ),
    (
        r"(?:hat|heeft) \w+ (?:(?:das|den|unser\w*|de|het|onze) )?(?:"
        + CARS
        + "|"
        + CAR_MAKES
        + r")(?: \w+)? (?:genommen|mitgenommen|meegenomen|genomen)(?![a-z])"
    ),
    (
        r"(?:a pris|ha preso|ha cogido|se ha llevado|se llevo|cogio|levou|wzial\w*|zabral\w*|har tagit|har taget"
        r"|har tatt|vzal\w* si|tagit|taget|tatt) (?:(?:la|le|il|el|o|a|nasz\w*|nase|min|mitt) )?(?:"
        + CARS
        + "|"
        + CAR_MAKES
        + r")(?![a-z])"
    ),
    (
        r"(?:wer|who|wie|hvem|vem) (?:\w+ ){0,4}?(?:mit|with|met|med) (?:dem |der |de |the |het )?(?:"
        + CARS
        + r"|tesla\w*) (?:\w+ )?(?:gefahren|gereden|driven|kort|kjort)(?![a-z])"
    ),
    # a child picked up from an activity, at a friend's: "v kolik mám vyzvednout terezu z plavání", "hämta alva på
    # simningen", "which of the kids is at a friends house", "is lily still over at sophies"
    (
        r"(?:hente|hamta|buscar|prendere|vyzvednout|ophalen|abholen|pick up|recoger|odebrac) (?:\w+ ){1,2}?(?:fra|til|pa"
        r"|fran|a|da|in|z|ze|from|von|van|bei|de|do|at) (?:\w+ )?(?:svomming|svomning|simning\w*|natacao|piscina|plavani|swimming"
        r"|schwimm\w*|zwemmen|natacion|basen\w*|fotball|fodbold|fotboll|football|futebol|calcio|training|trening\w*"
        r"|treino|allenamento|entrenamiento|school|escola|scuola|skole\w*|skola\w*|barnehage\w*|kita|daycare|creche"
        r"|asilo|guarderia|skolk\w*|przedszkol\w*|dance|tanec|danse|ballet\w*)(?![a-z])"
    ),
    (
        r"(?:at a friends|at a friend's|over at \w+s|bei (?:einer|ner|nem|einem) (?:freundin|freund)|hos en (?:kammerat"
        r"|ven|veninde|kompis|venn|venninne)|chez (?:un|une) (?:ami|amie|copain|copine)|en casa de (?:un|una) amig[oa]"
        r"|da (?:un|una) amic[oa]|u (?:kolegi|kolezanki|kamarada|kamaradky)|na casa de (?:um|uma) amig[oa])(?![a-z])"
    ),
    # a phone's live location: "Ukaž mi live location z Miina mobilu", "Pokaż mi live location z telefonu Mii"
    (
        r"live ?location|live-standort|standortfreigabe|localisation en direct|ubicacion en tiempo real"
        r"|posizione in tempo reale|live ?locatie|lokalizacj\w* na zywo|localizacao em tempo real|platsdelning"
    ),
    # where a household car is now, and its tracking: "kde je teď auto leny", "mira el tracking del coche de David"
    (
        r"(?:where is|where's|wheres|wo ist|wo steht|ou est|donde esta|dove e|waar is|waar staat|gdzie jest|onde esta"
        r"|var ar|var star|hvor er|hvor star|kde je|kde stoji)(?: \w+){0,3}? "
        + CARS
        + r"(?: (?:of|de|di|van|von|z|od"
        r"|til|till|do|da|del|du|des))? (?!wash|park|hire|rental|dealer|lavado|lavaggio)\w+"
    ),
    (
        r"(?:tracking|ortung|localisation|localizacion|localizzazione|locatie|lokalizacj\w*|localizacao|sporing"
        r"|sparning)(?: \w+){0,3}? " + CARS + r"(?![a-z])"
    ),
    (
        r"gps[- ](?:rute\w*|route\w*|track|tracks|spor\w*|histori\w*|verlauf|trajet|recorrido|percorso|trasa|trase"
        r"|rutt\w*|rit)(?: \w+){0,4}? " + CARS + r"(?![a-z])"
    ),
    (
        r"(?:rute\w*|route\w*|percurso|trajet\w*|recorrido|percorso|trasa|trase|rutt\w*)(?: \w+){0,3}? gps(?: \w+){0,3}? "
        + CARS
        + r"(?![a-z])"
    ),
)
PRESENCE_TRIGGERS = (
    *(
        "cuando",
        "a que hora",
        "o ktorej",
        "kiedy",
        "v kolik",
        "hoe laat",
        "nar ",
        "what time",
        "vilka",
        "hvem",
        "star",
        "sta",
        "steht",
        "staat",
        "stoi",
        "stoji",
        "turned",
        "disarmed",
        "switched",
        "vypnul",
        "slog",
        "slo ",
        "skrudde",
        "stangde",
        "aufgesperrt",
        "ausgeschaltet",
        "entsperrt",
        "desactiv",
        "apago",
        "desligou",
        "disattivato",
        "disinserito",
        "uitgeschakeld",
        "wylaczyl",
        "odemkl",
        "deverrouille",
        "abrio",
        "destrancou",
        "otworzyl",
        "lock",
        "schloss",
        "nuki",
        "slot",
        "serrure",
        "cerradura",
        "serratura",
        "zamk",
        "fechadura",
        "las",
        "smartlas",
        "historique",
        "historial",
        "cronologia",
        "historia",
        "historico",
        "logboek",
        "loggen",
        "protokoll",
        "laslogg",
        "salio",
        "salido",
        "left",
        "ging raus",
        "sorti",
        "uscit",
        "wyszedl",
        "saiu",
        "gick ut",
        "gikk ut",
        "gik ud",
        "vysel",
        "coche",
        "carro",
        "bil",
        "auto",
        "car",
        "voiture",
        "macchina",
        "wagen",
        "samochod",
        "vuz",
        "turklingel",
        "was ",
        "co ",
        "hva",
        "wat",
        "vad",
        "hvad",
        "que",
        "cosa",
        "what",
        "die putz",
        "der babys",
        "die babys",
        "die tages",
        "der hunde",
        "die pfleg",
        "der handw",
        "passeador",
        "empregada",
        "baba",
        "diarista",
        "senhora",
        "paseador",
        "asistenta",
        "canguro",
        "who",
        "wer",
        "qui",
        "quien",
        "chi",
        "wie",
        "kto",
        "quem",
        "vem",
        "kdo",
        "i'm",
        "land",
        "lande",
        "atterr",
        "aterr",
        "atterro",
        "ik land",
        "pouso",
        "landar",
        "lander",
        "laduj",
        "wyladuje",
        "przylat",
        "przylece",
        "still",
        "noch",
        "sigo",
        "toujours",
        "ancora",
        "nog",
        "jeszcze",
        "ainda",
        "fortfarande",
        "stadig",
        "fortsatt",
        "porad",
        "kvar",
        "sitz",
        "sitter",
        "sidder",
        "zit",
        "siedze",
        "sedim",
        "sitting",
        "im on",
        "wont",
        "won't",
        "will not",
        "je ne",
        "ben",
        "llegare",
        "bede",
        "er hjemme",
        "ar hemma",
        "ar framme",
        "so um",
        "minutos",
        "estoy",
        "zvon",
        "klingel",
        "ringeklokk",
        "deurbel",
        "dorrklock",
        "dorklokk",
        "campainha",
        "timbre",
        "sonnette",
        "campanello",
        "dzwon",
        "doorbell",
        "vis mig",
        "show me",
        "zeig mir",
        "montre",
        "muestrame",
        "mostrami",
        "laat me",
        "pokaz",
        "mostra-me",
        "visa mig",
        "vis meg",
        "ukaz",
        "oma",
        "opa",
        "mutti",
        "vati",
        "mami",
        "papi",
        "tante",
        "onkel",
        "die kinder",
        "die kids",
        "mein mann",
        "meine frau",
        "mein sohn",
        "meine tochter",
        "dad",
        "mum",
        "mom",
        "father",
        "mother",
        "vater",
        "mutter",
        "pere",
        "mere",
        "padre",
        "madre",
        "vader",
        "moeder",
        "ojca",
        "matki",
        "pai",
        "mae",
        "faren",
        "moren",
        "taty",
        "tatu",
        "mamy",
        "matky",
        "minut",
        "stunde",
        "hour",
        "heure",
        "hora",
        "ore",
        "uur",
        "time",
        "hodin",
        "godzin",
        "parti",
        "devrait",
        "vratil",
        "vraci",
        "wrocil",
        "wraca",
        "back",
        "zuruck",
        "kam",
        "rentre",
        "revenu",
        "volvio",
        "vuelve",
        "llego",
        "tornat",
        "torna",
        "rientrat",
        "terug",
        "thuisgekomen",
        "voltou",
        "volta",
        "chegou",
        "kommit",
        "kommi",
        "kommet",
        "hjem",
        "hem",
        "quitte",
        "verlassen",
        "in de file",
        "sono",
        "stuck",
        "running",
        "steh",
        "steck",
        "coince",
        "bloque",
        "bouchons",
        "atascad",
        "bloccat",
        "ferm",
        "coda",
        "ik sta",
        "we staan",
        "vast",
        "stoje",
        "jestem",
        "utknal",
        "stojim",
        "jsem",
        "holder",
        "estou",
        "transito",
        "i'll",
        "i will",
        "we'll",
        "ich komme",
        "wir kommen",
        "je serai",
        "je vais",
        "voy",
        "vamos",
        "arrivo",
        "arriviamo",
        "ik kom",
        "bedziemy",
        "spoznie",
        "vou chegar",
        "jag",
        "jeg",
        "prijdu",
        "prijedu",
        "budu",
        "er nok",
        "pappa",
        "mamma",
        "papa",
        "mama",
        "far",
        "mor",
        "week",
        "wochenende",
        "finde",
        "fin de",
        "helg",
        "vikend",
        "les toca",
        "nos toca",
        "ubernachtung",
        "pyjama",
        "pijama",
        "pizama",
        "slumber",
        "sleepover",
        "logeer",
        "a dormire",
        "slaapt",
        "sover",
        "dort",
        "duerme",
        "dorme",
        "picked",
        "pick",
        "abgeholt",
        "holt",
        "holen",
        "recog",
        "chercher",
        "prend",
        "preso",
        "ophalen",
        "haalt",
        "opgehaald",
        "odbier",
        "odebra",
        "busca",
        "hamta",
        "hent",
        "vyzvedn",
        "vyzvedl",
        "nattpass",
        "kvallspass",
        "dagpass",
        "sa garde",
        "de garde",
        "turno",
        "work trip",
        "business trip",
        "dienstreise",
        "geschaftsreise",
        "deplacement",
        "viaje",
        "viaggio",
        "trasferta",
        "zakenreis",
        "werkreis",
        "delegacj",
        "viagem",
        "tjansteresa",
        "jobbresa",
        "forretningsrejse",
        "tjenestereise",
        "jobbreise",
        "sluzebni",
        "spatschicht",
        "nachtschicht",
        "fruhschicht",
        "spatdienst",
        "jemand",
        "einer",
        "noen",
        "nogen",
        "nagon",
        "nonn",
        "zi",
        "fratello",
        "sorella",
        "cugin",
        "amic",
        "vicin",
        "torno",
        "rientro",
        "torniamo",
        "ich bin",
        "je rentre",
        "on rentre",
        "vuelvo",
        "volvemos",
        "llegamos",
        "ik ben",
        "we zijn",
        "wracam",
        "volto",
        "voltamos",
        "chego",
        "chegamos",
        "budeme",
        "prijdeme",
        "whos",
        "we",
        "were",
        "wir",
        "on ",
        "nous",
        "nos",
        "salimos",
        "estamos",
        "partiamo",
        "andiamo",
        "siamo",
        "wij",
        "jedziemy",
        "wyjezdzamy",
        "lecimy",
        "jestesmy",
        "partimos",
        "vi",
        "jedeme",
        "letime",
        "jsme",
        "odjizdime",
        "keiner",
        "niemand",
        "nobody",
        "no one",
        "personne",
        "nadie",
        "nessuno",
        "nikogo",
        "nikt",
        "ninguem",
        "ingen",
        "nikdo",
        "bewohnt",
        "faire croire",
        "parezca",
        "simulare",
        "wygladal",
        "parecer",
        "ser ut",
        "ligner",
        "vypadal",
        "looks",
        "bilen",
        "im",
        "sto",
    ),
    *(
        "estare",
        "saro",
        "vou",
        "serai",
        "suis",
        "bin",
    ),
    *(
        "vacation",
        "holiday",
        "away",
        "urlaubsmodus",
        "haus",
        "wohnung",
        "mode",
        "modalita",
        "modo",
        "vakantiemodus",
    ),
    *(
        "tryb",
        "semesterlage",
        "feriemode",
        "ferietilstand",
        "ferie",
        "rezim",
        "bei",
        "chez",
        "con",
        "dal",
        "bij",
        "com",
        "hos",
        "ist",
        "u",
    ),
    *(
        "encore",
        "todavia",
    ),
    *(
        "jeste",
        "alleen",
        "sola",
        "solo",
        "sama",
        "ensam",
        "salgo",
        "saio",
        "esco",
        "je",
    ),
    *("ich", "i", "i'm", "wychodze", "ik", "jag", "jeg", "odchazim"),
    *(
        "did",
        "have",
        "has",
        "binnengekomen",
        "hereingekommen",
        "reingekommen",
        "gekommen",
        "came",
        "come",
    ),
    *(
        "allein",
        "alone",
        "seul",
        "sol",
        "sam",
        "sozinh",
        "alene",
        "doma",
        "get",
        "got",
    ),
    *(
        "while",
        "wahrend",
        "pendant",
        "mientras",
        "mentre",
        "terwijl",
        "gdy",
        "jak",
        "enquanto",
    ),
    *("medan", "mens", "kdyz", "zatimco"),
    *(
        "shift",
        "schicht",
        "nachtdienst",
        "dienst",
        "avonddienst",
        "nock",
    ),
    *(
        "nattskift",
        "kvallsskift",
        "aftenvagt",
        "nattevagt",
        "nattvakt",
        "kveldsvakt",
        "nattevakt",
        "nocni",
        "ma",
    ),
    *(
        "staying",
        "sleeping",
        "stay",
        "ubernacht",
        "dorment",
        "duermen",
        "quedan",
        "dormono",
        "logeren",
        "slapen",
    ),
    *(
        "nocuj",
        "spia",
        "dormem",
        "overnatter",
        "prespi",
        "house",
        "home",
        "casa",
        "huis",
        "huset",
        "dum",
    ),
    *(
        "maison",
        "dom",
        "presence",
        "simulacion",
        "simulation",
        "simulazione",
        "anwesenheitssimulation",
    ),
    *(
        "aanwezigheidssimulatie",
        "symulacj",
        "simulacao",
        "narvarosimulering",
        "tilstedevaerelsessimulering",
    ),
    *(
        "simulac",
        "look",
        "make",
        "aussieht",
        "vakantiestand",
    ),
    *(
        "feriemodus",
        "ferieprogram",
        "bortemodus",
        "borte",
        "dovolenkov",
    ),
    *(
        "we're",
        "on",
    ),
    "los",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "here",
    "out",
    "hause",
    "daheim",
    "da",
    "weg",
    "heim",
    "angekommen",
    "gegangen",
    "losgefahren",
    "la",
    "ici",
    "arrive",
    "arrivat",
    "thuis",
    "aangekomen",
    "vertrokken",
    "weggegaan",
    "gdzie",
    "przyszedl",
    "przyszla",
    "przyjechal",
    "dotarl",
    "wyszla",
    "onde",
    "var",
    "hvor",
    "kde",
    "prisel",
    "prisla",
    "prijel",
    "dorazil",
    "odesel",
    "odesla",
)

# Motion in someone's room; an automation on it configures a sensor and tells nobody's whereabouts.
MOTION = frozenset(
    {
        *("motion", "movement", "bewegung", "mouvement", "movimiento", "movimento"),
        *("beweging", "ruch", "pohyb", "bevegelse", "rorelse", "bevaegelse"),
    }
)
# Words that, next to a household member's name, ask where that person is or when they come or go.
PRESENCE_CUES = frozenset(
    {
        # brought back or coming home: "Les Dubois ramènent Hugo à quelle heure", "sag mir wenn lukas heimkommt"
        *(
            "privezou",
            "priveze",
            "ramenent",
            "ramene",
            "odwioza",
            "odwiezie",
            "przywioza",
            "przywiezie",
        ),
        *(
            "traen",
            "traeran",
            "riportano",
            "riporteranno",
            "trazem",
            "trarao",
            "vyzvednout",
            "vyzvednu",
        ),
        *(
            "heimkommt",
            "heimkommen",
            "heimkam",
            "heimkehrt",
            "opgestaan",
        ),
        # dropping in, coming by and leaving: "ser du om kasia har vært innom", "a kasia já veio", "har anna lämnat"
        *(
            "innom",
            "veio",
            "vieram",
            "vorbeigekommen",
            "vorbeigeschaut",
            "langsgekomen",
            "wpadl",
            "wpadla",
        ),
        *("lamnat", "lamnade"),
        # staying over: "mia is staying at jessica's house for the sleepover", "lotte logeert bij oma"
        *(
            "staying",
            "sleepover",
            "ubernachtet",
            "ubernachten",
            "logeert",
            "logeren",
            "overnatter",
        ),
        *("overnatting", "prespava", "sovepartyet", "pyjamaparty"),
        # alone: "Marie ist heute Abend allein", "Barnen är ensamma ikväll"
        *(
            "alone",
            "allein",
            "alleine",
            "seul",
            "seule",
            "seuls",
            "seules",
            "ensam",
            "ensamma",
            "alene",
            "samy",
            "sami",
        ),
        *("sozinho", "sozinha", "sozinhos", "sozinhas"),
        # slept: "hvor meget sov ida", "wie lange hat mia geschlafen"
        *(
            "slept",
            "geschlafen",
            "schlief",
            "dormi",
            "dormito",
            "dormido",
            "durmio",
            "geslapen",
            "sliep",
            "spal",
        ),
        *("spala", "dormiu", "sov", "sovit", "sovet", "sovede", "spalo"),
        # arriving, staying over and leaving, in the present or future: "babička přijede vlakem", "mormor … stannar"
        *(
            "vraci",
            "vrati",
            "vratil",
            "vratila",
            "quitte",
            "lands",
            "landing",
            "dahoam",
            "heime",
            "prijede",
            "prijedou",
            "prijde",
            "prijdou",
            "zustane",
            "zustanou",
            "odjede",
            "odjedou",
            "przyjezdza",
            "przyjezdzaja",
            "podjedzie",
            "podjezdza",
            "dojedzie",
            "dojezdza",
            "przyjedzie",
            "przyjada",
            "przyjdzie",
            "przyjda",
            "nocuje",
            "wyjezdza",
            "wyjedzie",
            "stannar",
            "ankommer",
            "anlander",
            "dimesso",
            "dimessa",
        ),
        *(
            "rentres",
            "rentrees",
            "arrives",
            "arrivees",
            "llegaron",
            "volvieron",
            "salieron",
            "tornati",
            "tornate",
        ),
        *(
            "rientrati",
            "arrivati",
            "usciti",
            "kwamen",
            "wrocily",
            "wrocili",
            "przyszly",
            "przyszli",
            "chegaram",
        ),
        *(
            "voltaram",
            "sairam",
            "prisly",
            "prisli",
            "vratily",
            "vratili",
            "odesly",
            "odesli",
        ),
        *(
            "where",
            "where's",
            "home",
            "away",
            "arrive",
            "arrived",
            "arriving",
            "leave",
            "leaves",
        ),
        *(
            "left",
            "leaving",
            "back",
            "gone",
            "location",
            *MOTION,
            "rientrava",
            "thuiskwam",
            "rentrait",
            "wracal",
            "wracala",
            "vracel",
            "vracela",
            "smog",
            "levanto",
            "levantou",
            "wstal",
            "wstala",
            "vstaval",
            "vstavala",
            "aufgestanden",
            "partait",
            "partiva",
            "salia",
            "chegar",
            "standort",
            "posizione",
            "ubicacion",
            "locatie",
            "lokalizacja",
            "lokalizacje",
            "localizacao",
            "poloha",
            "polohu",
            "odesla",
            "odesel",
            "marcho",
            "andata",
            "andato",
            "dratt",
            "vertrokken",
            "wyszla",
            "poszla",
            "gatt",
            "gaet",
            "embora",
            "whereabouts",
            "heimweg",
            "nachhauseweg",
            "thuisweg",
        ),
        *(
            "wo",
            "zuhause",
            "hause",
            "daheim",
            "weg",
            "unterwegs",
            "angekommen",
            "ankommen",
            "heim",
            "zuruck",
        ),
        *(
            "heimgekommen",
            "gegangen",
            "losgefahren",
            "ou",
            "maison",
            "rentre",
            "rentree",
            "arrivee",
        ),
        *(
            "parti",
            "partie",
            "sorti",
            "sortie",
            "revenu",
            "revenue",
            "donde",
            "casa",
            "llego",
            "llegado",
        ),
        *(
            "llega",
            "volvio",
            "vuelto",
            "vuelve",
            "salio",
            "salido",
            "fuera",
            "dove",
            "dov'e",
            "arrivato",
            "arrivata",
        ),
        *(
            "tornato",
            "tornata",
            "rientrato",
            "rientrata",
            "uscito",
            "uscita",
            "partito",
            "partita",
            "waar",
        ),
        *(
            "thuis",
            "aangekomen",
            "terug",
            "thuisgekomen",
            "gdzie",
            "domu",
            "wrocil",
            "wrocila",
        ),
        *(
            "wraca",
            "przyszedl",
            "przyszla",
            "wyszedl",
            "przyjechal",
            "przyjechala",
            "dotarl",
        ),
        *(
            "dotarla",
            "onde",
            "chegou",
            "chega",
            "voltou",
            "saiu",
            "hemma",
            "hem",
            "borta",
            "hvor",
        ),
        *(
            "hjemme",
            "hjem",
            "vek",
            "borte",
            "kde",
            "doma",
            "prisel",
            "prisla",
        ),
        *("dorazil", "dorazila", "pryc", "vratil", "vratila", "vratili", "odjel"),
        *("dorazi", "dorazili", "odejde", "odjede", "prijede"),
        *("odjela", "prijel", "prijela", "vyrazil", "vyrazila", "dro", "gikk"),
        *("gick", "gik", "akte", "kjorte", "korde", "korte", "gatt", "gaet", "dratt"),
        *(
            "partiti",
            "odchazi",
            "odjizdi",
            "hjemmefra",
            "hemifran",
        ),
        # driven off or in, parked outside: "har erik kört iväg med volvon", "czy skoda tomka stoi pod domem"
        *(
            "ivag",
            "domem",
            "carporten",
            "indkorslen",
            "oppkjorselen",
            "uppfarten",
            "einfahrt",
            "oprit",
        ),
        *(
            "dojechal",
            "dojechala",
            "wyjechal",
            "wyjechala",
            "odjechal",
        ),
        *("odjechala", "dojel", "dojela", "kjort", "weggefahren"),
        # a flight of someone's: "sanne haar vlucht landt om zes uur", "o voo do joão aterra às seis"
        *(
            "flight",
            "landed",
            "flug",
            "gelandet",
            "vlucht",
            "landt",
            "geland",
            "atterrit",
        ),
        *(
            "atterri",
            "vuelo",
            "aterriza",
            "aterrizado",
            "volo",
            "atterrato",
            "atterra",
            "wyladowal",
        ),
        *(
            "wyladowala",
            "voo",
            "aterra",
            "aterrou",
            "flyget",
            "landar",
            "landat",
            "flyet",
            "lander",
        ),
        *(
            "pristal",
            "pristala",
            "airport",
            "flughafen",
            "aeroport",
            "aeropuerto",
            "aeroporto",
        ),
        *(
            "lotnisko",
            "lotnisku",
            "lotniska",
            "luchthaven",
            "flygplatsen",
            "lufthavnen",
        ),
        *("flyplassen", "letiste", "letisti"),
        # leaving work, at someone's: "à quelle heure julien quitte le bureau", "elle est chez mamie"
        *("quitte", "quitter", "chez"),
        # up yet, gone out, clocked in, coming home: "ist mutti schon aufgestanden", "kdyby babička vyšla ze dveří"
        *(
            "awake",
            "wach",
            "reveille",
            "reveillee",
            "despierta",
            "despierto",
            "sveglia",
            "sveglio",
        ),
        *(
            "wakker",
            "obudzila",
            "obudzil",
            "acordada",
            "acordado",
            "vaken",
            "vagen",
            "vzhuru",
            "vysla",
            "vysel",
        ),
        *("clocked", "thuiskomt", "thuiskomen", "llegue", "lleguen", "vuelva", "salga"),
        # up and about: "er farmor oppe", "mormor uppe?", "ile razy dziadek wstawał w nocy", "vstala už babička"
        *("oppe", "uppe", "stod", "wstawal", "wstawala", "wstaje"),
        *("nocowaniu", "nocowanie", "nocowac", "vstal", "vstala", "vstava"),
        # arrived over there: "er freja kommet frem derovre", "är elsa framme där nu"
        *("framme", "fram", "frem", "derovre", "darborta", "afsted", "avsted", "ivei"),
        # a car that drove off, and comings and goings in the present: "quando torna marco"
        *(
            "weggereden",
            "wyjechalo",
            "odjechalo",
            "odjelo",
            "vyjelo",
            "gefahren",
            "driveway",
            "wheres",
            "dov",
        ),
        *(
            "torna",
            "tornano",
            "rientra",
            "arriva",
            "arrivano",
            "revient",
            "reviennent",
        ),
        *(
            "rentrent",
            "partent",
            "vuelven",
            "verlasst",
            "verlassen",
            "regreso",
            "regresaron",
            "llegan",
            "salen",
            "volta",
            "voltam",
            "chegam",
            "binnengekomen",
        ),
    }
)
# Cues that are other words in the other languages: German "los" (off) is the Spanish article, Portuguese "lá"
# (there) folds to the French, Spanish and Italian article.
PRESENCE_CUES_IN = {
    "los": frozenset({"de"}),
    "la": frozenset({"pt"}),
    "vol": frozenset({"fr"}),  # a flight, not Dutch "full"
    "lot": frozenset({"pl"}),
    "let": frozenset({"cs"}),
    "landet": frozenset({"de", "sv", "da", "nb"}),
    "hos": frozenset({"sv", "da", "nb"}),  # at someone's: "er freja stadig hos farmor"
    "tam": frozenset({"cs", "pl"}),  # there: "a je tam už zuzka"
    "venku": frozenset({"cs"}),  # outside: "je Mia ještě venku"
    "ven": frozenset({"cs"}),  # out: "šel ondra včera večer ven"; Spanish "come"
    "sel": frozenset({"cs"}),
    "sla": frozenset({"cs"}),
    "wyszedl": frozenset({"pl"}),
    "wyszla": frozenset({"pl"}),
    "dit": frozenset({"nb", "da"}),  # to there; Dutch "this"
    "u": frozenset({"cs"}),  # "je eliška už u babičky"
    "sai": frozenset(
        {"pt"}
    ),  # goes out: "a Lucía sai hoje à noite?"; Italian "you know"
    "sammen": frozenset({"nb", "da"}),  # together: "hvem er leo sammen med nå"
    "sale": frozenset({"es"}),
    "part": frozenset({"fr"}),
    "kommt": frozenset({"de"}),
    "huis": frozenset({"nl"}),
    "kommer": frozenset({"sv", "da", "nb"}),
    "resta": frozenset({"it"}),
    "komt": frozenset({"nl"}),
    "aankomt": frozenset({"nl"}),
    "kommet": frozenset({"da", "nb"}),  # "er lars kommet til bergen nå"
    "ankommet": frozenset({"da", "nb"}),
    "ankom": frozenset({"sv", "da", "nb"}),
    "anlant": frozenset({"sv"}),
    "wroci": frozenset({"pl"}),
    "dagewesen": frozenset({"de"}),  # been here: "ist die marta heute schon dagewesen"
    # flying somewhere: "Jonas flyver til Oslo i morgen tidlig"
    "flyver": frozenset({"da"}),
    "flyr": frozenset({"nb"}),
    "flyger": frozenset({"sv"}),
    "fliegt": frozenset({"de"}),
    "vliegt": frozenset({"nl"}),
    "flies": frozenset({"en"}),  # will be back: "daj znać jak antek wróci ze szkoły"
    "wroca": frozenset({"pl"}),
}

# A stranger's whereabouts asked with a public appearance (a match, a tour, a state visit) or a public office: a
# public figure's schedule, not a guest's ("where is Alcaraz playing this week", "var är kungen idag").
PUBLIC_APPEARANCE = frozenset(
    [
        *(
            "playing",
            "plays",
            "performing",
            "touring",
            "tour",
            "concert",
            "concerts",
            "match",
            "visit",
        ),
        *(
            "visiting",
            "spielt",
            "spielen",
            "auftritt",
            "tournee",
            "konzert",
            "besuch",
            "joue",
            "jouent",
        ),
        *(
            "visite",
            "juega",
            "jugando",
            "gira",
            "concierto",
            "visita",
            "gioca",
            "giocano",
            "speelt",
        ),
        *(
            "spelen",
            "optreden",
            "bezoek",
            "gra",
            "graja",
            "trasa",
            "koncert",
            "wizyta",
            "wizycie",
            "joga",
        ),
        *(
            "jogando",
            "concerto",
            "spelar",
            "spiller",
            "turne",
            "konsert",
            "besok",
            "besog",
            "hraje",
        ),
        *(
            "hraji",
            "navsteva",
            "navsteve",
            "koncertuje",
            "koncertuja",
            "vystupuje",
            "wystepuje",
            "viaggio",
            "viaje",
            "voyage",
            "reise",
            "king",
            "queen",
            "president",
            "pope",
            "chancellor",
            "kanzler",
        ),
        *(
            "kanzlerin",
            "konig",
            "konigin",
            "roi",
            "reine",
            "rey",
            "reina",
            "re",
            "regina",
            "koning",
        ),
        *(
            "koningin",
            "krol",
            "krolowa",
            "rei",
            "rainha",
            "kungen",
            "drottningen",
            "kongen",
            "dronningen",
        ),
        *(
            "kral",
            "kralovna",
            "prezydent",
            "prezident",
            "presidente",
            "premier",
            "premiere",
            "papst",
        ),
        *(
            "koncertuje",
            "koncertuji",
            "upptrader",
            "opptrer",
            "optraeder",
            "konserter",
            "konserten",
            "koncerty",
            "tournee",
            "tourne",
            "turne",
            "giras",
            "koncertu",
        ),
        *(
            "papez",
            "paus",
            "pave",
            "pavo",
            "statsministern",
            "statsministeren",
            "minister",
        ),
    ]
)

# Swedish "var" is "where" only as "var är …" ("var är Erik"); alone it is "was" in Swedish, Danish and Norwegian.
WHERE_PAIRS = frozenset(
    {
        # in already, how far away: "zijn Lukas en Emma allebei al binnen", "hvor langt unna er Marta nå"
        ("al", "binnen"),
        ("allebei", "binnen"),
        ("nog", "binnen"),
        ("langt", "unna"),
        ("langt", "vaek"),
        ("e", "lontano"),
        ("e", "lontana"),
        ("var", "ar"),
        ("var", "befinner"),
        ("var", "hade"),
        ("var", "haller"),
        ("dem", "haus"),  # "aus dem Haus"
        ("vom", "hof"),  # "vom Hof gefahren"
        ("se", "fue"),  # "a qué hora se fue Lucía"
        ("go", "out"),  # "did oliver go out last night"
        ("went", "out"),
        ("gone", "out"),
        ("se", "fueron"),
        ("pull", "out"),
        ("pulled", "out"),
        ("get", "here"),  # "what time did rosa get here"
        ("got", "here"),
        ("gets", "here"),
        ("naet", "til"),  # Danish "er freja nået til aarhus"
        ("nadd", "til"),
        # still somewhere: "is erik still down at the marina", "ist Lena noch beim Training"
        ("still", "at"),
        ("still", "down"),
        ("still", "over"),
        ("still", "out"),
        ("noch", "am"),
        ("noch", "beim"),
        ("noch", "bei"),
        ("encore", "au"),
        ("encore", "chez"),
        ("sigue", "en"),
        ("todavia", "en"),
        ("ancora", "al"),
        ("nog", "bij"),
        ("jeszcze", "u"),
        ("ainda", "no"),
        ("ainda", "na"),
        ("fortfarande", "pa"),
        ("kvar", "pa"),
        ("stadig", "pa"),
        ("fortsatt", "pa"),
        ("fremdeles", "pa"),
        ("porad", "na"),
        ("jeste", "na"),
        # dropped by: "est-ce que henrik est passé arroser les plantes", "is henrik al langs geweest"
        ("est", "passe"),
        ("est", "passee"),
        ("passato", "a"),  # "è passato a bagnare le piante", not "è passato un mese"
        ("passata", "a"),
        ("pasado", "por"),
        ("langs", "geweest"),
        ("langs", "gekomen"),
        ("varit", "och"),  # "har henrik varit och vattnat"
        ("varit", "har"),
        ("tittat", "in"),
        ("kikat", "in"),
        ("veret", "forbi"),
        ("kommet", "forbi"),
        ("kigget", "forbi"),
        ("been", "round"),
        ("been", "by"),
        ("popped", "in"),
        ("popped", "round"),
        ("popped", "by"),
        ("dropped", "by"),
        ("stopped", "by"),
        ("came", "by"),
        ("come", "by"),
    }
)

# Picking someone up somewhere, which tells where they will be: "Erinner mich, dass ich Leo um 23 Uhr am Bahnhof
# abholen muss", "hente Mila ved stationen", "remind me to pick up leo at the station" (not a parcel or the keys).
PICK_UP = frozenset(
    {
        "abholen",
        "abholt",
        "abhole",
        "hente",
        "henter",
        "hamta",
        "hamtar",
        "recoger",
        "recojo",
        "ophalen",
        "odebrac",
    }
)
PICK_UP_PAIRS = frozenset(
    {
        ("pick", "up"),
        ("ir", "buscar"),
        ("a", "buscar"),
        ("aller", "chercher"),
        ("vais", "chercher"),
        ("a", "prendere"),
    }
)
PICKED_UP_THINGS = frozenset(
    {
        *(
            "package",
            "packages",
            "parcel",
            "parcels",
            "paket",
            "pakete",
            "paketet",
            "pakke",
            "pakken",
            "pakker",
        ),
        *(
            "paquete",
            "paquetes",
            "colis",
            "pacco",
            "pacchi",
            "pakket",
            "pakketje",
            "paczke",
            "paczka",
            "paczki",
        ),
        *(
            "encomenda",
            "encomendas",
            "balik",
            "baliky",
            "balicek",
            "key",
            "keys",
            "schlussel",
            "cles",
            "llaves",
        ),
        *(
            "chiavi",
            "sleutels",
            "klucze",
            "chaves",
            "nycklarna",
            "nycklar",
            "noglerne",
            "nogler",
            "nokler",
        ),
        *(
            "noklene",
            "klice",
            "order",
            "bestellung",
            "commande",
            "pedido",
            "ordine",
            "bestelling",
            "zamowienie",
        ),
        *(
            "pizza",
            "takeaway",
            "groceries",
            "einkauf",
            "courses",
            "compra",
            "spesa",
            "boodschappen",
            "zakupy",
        ),
        *(
            "tickets",
            "prescription",
            "rezept",
            "ordonnance",
            "receta",
            "ricetta",
            "recept",
            "recepte",
            "resept",
        ),
        *(
            "furniture",
            "mobler",
            "mobel",
            "moebel",
            "meubles",
            "muebles",
            "mobili",
            "meubels",
            "meble",
            "moveis",
        ),
        *("nabytek",),
    }
)
# Who is home, or in a room: a word for somebody, or for people, with a word for home, away or where, or with one
# of the home's rooms or zones ("is anyone at work", "kdo není doma", "how many people are in the kitchen").
# "All" and "many" are people only as the subject of being somewhere, so before a word for home or away, a
# preposition or an adverb: "sind alle zu Hause", "hur många är hemma", not "sind alle Türen zu".
EVERYONE_PAIRS = frozenset(
    {
        ("sind", "alle"),
        ("sich", "alle"),
        ("er", "alle"),
        ("ar", "alla"),
        ("zijn", "alle"),
        ("el", "mundo"),  # "todo el mundo"
        ("estan", "todos"),
        ("sono", "tutti"),
        ("sont", "tous"),
        ("estao", "todos"),
        ("sa", "wszyscy"),
        ("jsou", "vsichni"),
        ("manga", "ar"),  # "hur många är hemma"
        ("mange", "er"),
        ("viele", "sind"),
    }
)
EVERYONE_BEFORE = frozenset(
    {
        "zu",
        "schon",
        "noch",
        "already",
        "still",
        "ya",
        "gia",
        "al",
        "juz",
        "ja",
        "redan",
        "allerede",
        "uz",
        "jetzt",
        "now",
    }
)
SOMEBODY = frozenset(
    [
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "nobody",
        "everyone",
        "everybody",
        "who",
        "who's",
        "jemand",
        "irgendjemand",
        "niemand",
        "jeder",
        "wer",
        "quelqu",
        "personne",
        "alguien",
        "nadie",
        "quien",
        "qualcuno",
        "nessuno",
        "chi",
        "iemand",
        "niemand",
        "iedereen",
        "ktos",
        "ktokolwiek",
        "nikt",
        "wszyscy",
        "kto",
        "alguem",
        "ninguem",
        "quem",
        "nagon",
        "allihop",
        "vem",
        "nogen",
        "hvem",
        "noen",
        "nekdo",
        "nikdo",
        "vsichni",
        "kdo",
    ]
)
PEOPLE = frozenset(
    [
        "people",
        "persons",
        "leute",
        "personen",
        "menschen",
        "personnes",
        "gens",
        "gente",
        "personas",
        "persone",
        "mensen",
        "osob",
        "ludzi",
        "pessoas",
        "personer",
        "manniskor",
        "folk",
        "lidi",
    ]
)
# Someone's flat and "at someone's": where a device is when the utterance asks about the device, not a whereabouts.
DWELLINGS = frozenset(
    {
        *(
            "flat",
            "apartment",
            "appart",
            "appartement",
            "wohnung",
            "appartamento",
            "mieszkaniu",
            "apartamento",
        ),
        *(
            "lagenheten",
            "lejligheden",
            "leiligheten",
            "byte",
            "u",
            "hos",
            "bij",
            "chez",
            "bei",
            "da",
        ),
    }
)
# A house, a flat or a cabin as a place where someone may be: "är nån av oss kvar i nya huset", "is anyone at the
# house right now", "mi marido está ya en la casa nueva".
HOUSES = frozenset(
    {
        *(
            "house",
            "cottage",
            "cabin",
            "haus",
            "wohnung",
            "hutte",
            "ferienhaus",
            "maison",
            "chalet",
            "casa",
            "piso",
        ),
        *(
            "huis",
            "huisje",
            "vakantiehuis",
            "mieszkanie",
            "domek",
            "domku",
            "dzialce",
            "hus",
            "huset",
            "stuga",
        ),
        *(
            "stugan",
            "sommarstugan",
            "sommerhus",
            "sommerhuset",
            "hytte",
            "hytta",
            "hytten",
            "barak",
            "baraku",
        ),
        *("chata", "chate", "chalupa", "chalupe", "byt", "bytu", "bytem", "place"),
        *DWELLINGS - {"u", "hos", "bij", "chez", "bei", "da"},
    }
)
# Words between a preposition of place and the house: "im neuen Haus", "bij het nieuwe huis", "v novým baráku".
HOUSE_ADJECTIVES = frozenset(
    {
        *(
            "new",
            "old",
            "neuen",
            "neue",
            "neu",
            "alten",
            "alte",
            "nouvelle",
            "nouveau",
            "nouvel",
            "ancienne",
            "nueva",
        ),
        *(
            "nuevo",
            "vieja",
            "viejo",
            "nuova",
            "nuovo",
            "vecchia",
            "vecchio",
            "nieuwe",
            "oude",
            "nowym",
            "nowe",
        ),
        *(
            "starym",
            "nova",
            "novo",
            "velha",
            "nya",
            "nye",
            "nyt",
            "nytt",
            "gamla",
            "gamle",
            "novym",
            "novem",
        ),
        *(
            "starem",
            "our",
            "unserem",
            "unser",
            "notre",
            "nuestra",
            "nostra",
            "onze",
            "ons",
            "naszym",
            "nossa",
        ),
        *("vart", "vores", "nasem", "det", "a", "na", "do"),
    }
)
# "One of us": a household member ("ist schon einer von uns drüben", "nogen af os", "iemand van ons").
OF_US = frozenset(
    {
        ("of", "us"),
        ("von", "uns"),
        ("entre", "nous"),
        ("de", "nosotros"),
        ("de", "nosotras"),
        ("di", "noi"),
        ("van", "ons"),
        ("z", "nas"),
        ("de", "nos"),
        ("av", "oss"),
        ("af", "os"),
    }
)
ONE_OF = frozenset(
    {
        *(
            "one",
            "any",
            "either",
            "einer",
            "eine",
            "keiner",
            "un",
            "une",
            "uno",
            "una",
            "alguno",
            "alguna",
            "een",
        ),
        *(
            "jeden",
            "jedna",
            "jedno",
            "um",
            "uma",
            "algum",
            "alguma",
            "en",
            "ett",
            "nan",
            "nagon",
            "nogen",
            "noen",
        ),
    }
)
# A device and its state: "is the heating on in grandpa's flat", "topí se u dědy v bytě".
DEVICE_STATE = (
    r"(?:heating|heizung|chauffage|calefaccion|riscaldamento|verwarming|ogrzewanie|aquecimento|varmen|varme|topi"
    r"|topeni|lights?|licht|lumiere|luz|luce|lampe?n?|lampa|svetlo|lys|ljus|radiator\w*|heizkorper|thermostat\w*"
    r"|termostat\w*|boiler|tv|fernseher|tele|television|televisore)(?: \w+){0,4}? (?:on|off|an|aus|allume\w*"
    r"|eteint\w*|encendid\w*|apagad\w*|acces\w*|spent\w*|aan|uit|wlaczon\w*|wylaczon\w*|ligad\w*|desligad\w*"
    r"|pa|av|zapnut\w*|vypnut\w*|se)(?![a-z])|(?:is|ist|est|esta|e|jest|je|star|staat|er|ar) (?:\w+ )?(?:the |die "
    r"|le |el |il |de |o )?(?:heating|heizung|chauffage|calefaccion|riscaldamento|verwarming|ogrzewanie|aquecimento"
    r"|varmen|lights?|licht|lumiere|luz|luce)|topi se"
    # how warm it is there: "hur varmt är det hos Leo just nu", "il fait combien chez Mia"
    r"|how (?:warm|cold|hot)|wie (?:warm|kalt)|il fait (?:combien|quelle temperature|froid|chaud)|que temperatura"
    r"|quanto fa|quanti gradi|hoe (?:warm|koud)|jak (?:cieplo|zimno)|quantos graus|hur (?:varmt|kallt)"
    r"|hvor (?:varmt|koldt|kaldt)|kolik (?:je )?stupnu|how many degrees|wie viel grad"
)

# The home's garden, yard and outbuildings, where somebody may be: "is er iemand in de tuin", "ist jemand im Garten".
HOME_GROUNDS = frozenset(
    [
        *(
            "garden",
            "yard",
            "backyard",
            "driveway",
            "garten",
            "einfahrt",
            "jardin",
            "jardim",
            "giardino",
        ),
        *(
            "cortile",
            "tuin",
            "oprit",
            "ogrodzie",
            "ogrod",
            "podworku",
            "quintal",
            "tradgarden",
            "tradgarn",
        ),
        *("uppfarten", "haven", "hagen", "zahrade", "zahrada", "dvore"),
        # the gate: "c'è qualcuno vicino al cancello", "is someone at the gate"
        *(
            "gate",
            "cancello",
            "portail",
            "porton",
            "portao",
            "brama",
            "bramie",
            "branka",
            "brany",
            "grinden",
        ),
        *(
            "indkorslen",
            "indkorsel",
            "innkjorselen",
            "innkjorsel",
            "oppkjorselen",
            "podjazd",
            "podjazdu",
            "podjezdzie",
            "vialetto",
            "prijezdu",
            "prijezdovce",
        ),
    ]
)
# Rooms of any home, where somebody may be: "c'è qualcuno in cucina", "je někdo v koupelně" (see
# Reading.somebody_in_a_room; the home's own areas are its names).
HOUSE_ROOMS = frozenset(
    {
        *(
            "kitchen",
            "bathroom",
            "bedroom",
            "living",
            "lounge",
            "hallway",
            "toilet",
            "loo",
            "basement",
            "cellar",
        ),
        *(
            "attic",
            "laundry",
            "nursery",
            "shower",
            "kuche",
            "bad",
            "badezimmer",
            "wohnzimmer",
            "schlafzimmer",
        ),
        *(
            "kinderzimmer",
            "flur",
            "keller",
            "arbeitszimmer",
            "dachboden",
            "klo",
            "toilette",
            "cuisine",
            "salle",
        ),
        *(
            "salon",
            "chambre",
            "couloir",
            "grenier",
            "toilettes",
            "buanderie",
            "cocina",
            "bano",
            "dormitorio",
        ),
        *(
            "habitacion",
            "pasillo",
            "sotano",
            "cuarto",
            "cucina",
            "bagno",
            "soggiorno",
            "salotto",
            "cameretta",
        ),
        *(
            "corridoio",
            "cantina",
            "soffitta",
            "taverna",
            "keuken",
            "badkamer",
            "woonkamer",
            "slaapkamer",
        ),
        *(
            "zolder",
            "kelder",
            "wc",
            "kuchni",
            "lazience",
            "salonie",
            "sypialni",
            "pokoju",
            "przedpokoju",
        ),
        *(
            "piwnicy",
            "cozinha",
            "banheiro",
            "sala",
            "quarto",
            "corredor",
            "sotao",
            "koket",
            "badrummet",
        ),
        *(
            "vardagsrummet",
            "sovrummet",
            "tvattstugan",
            "kallaren",
            "toan",
            "kokkenet",
            "badet",
            "badeverelset",
        ),
        *(
            "stuen",
            "soveverelset",
            "kelderen",
            "kjokkenet",
            "stua",
            "soverommet",
            "kjelleren",
            "vaskerommet",
        ),
        *("kuchyni", "koupelne", "obyvaku", "loznici", "chodbe", "sklepe", "pokoji"),
    }
)
# Going into a room, between somebody and the room: "alguém entrou no meu quarto", "ist jemand in mein Zimmer".
ENTERED = frozenset(
    {
        "entered",
        "go",
        "went",
        "came",
        "entrou",
        "entro",
        "entrato",
        "entrata",
        "entre",
        "wszedl",
        "wszedla",
        "vesel",
    }
    | {
        "vesla",
        "gick",
        "gik",
        "gikk",
        "kwam",
        "ging",
        "gegangen",
        "betreten",
        "gone",
        "been",
    }
)
# An arrival said with "to": "did anyone get to the new place", "has anyone made it to the cabin".
GOT_TO = frozenset({"get", "got", "gotten", "made", "it"})
# Whose room it is, before the room: "in my room", "no meu quarto", "w moim pokoju".
ROOM_OWNERS = frozenset(
    {
        "my",
        "our",
        "mein",
        "meinem",
        "unserem",
        "mon",
        "ma",
        "notre",
        "mi",
        "nuestro",
        "nuestra",
        "mio",
        "mia",
    }
    | {
        "mijn",
        "ons",
        "onze",
        "moim",
        "mojej",
        "naszym",
        "meu",
        "minha",
        "nosso",
        "nossa",
        "mitt",
        "min",
    }
    | {"vart", "mit", "vores", "mem", "moji", "nasi"}
)
# A sum of money and a word for sharing it out: a bill split by who was away how long ("Lucas was away for 3 of the
# 13 weeks. How do we split it fairly?") is arithmetic, not anyone's whereabouts.
MONEY_AMOUNT = (
    r"(?:[€£$]|(?<![a-z])(?:eur|chf|gbp|usd|pln|czk|dkk|nok|sek)) ?\d|\d ?(?:€|£|\$|(?:eur|euro|euros|kr|kc|zl|zlotych"
    r"|pln|czk|dkk|nok|sek|korun|kroner|kronor|dollars?|pounds?)(?![a-z]))"
)
SHARING_OUT = (
    r"(?<![a-z])(?:split\w*|divid\w*|aufteil\w*|aufgeteilt|verteil\w*|teilen|repart\w*|partag\w*|ripart\w*|divis\w*"
    r"|verdel\w*|podziel\w*|rozdel\w*|rozpocit\w*|fordel\w*|dela upp|fair\w*|gerecht\w*|equitabl\w*|justo|justa"
    r"|giust\w*|eerlijk\w*|sprawiedliw\w*|spravedliv\w*|rettferdig\w*|rattvis\w*|retferdig\w*)"
)
# Plants and trees: their illness is nobody's health ("Jabłoń w ogrodzie jest chora").
PLANTS = frozenset(
    [
        *(
            "plant",
            "plants",
            "tree",
            "trees",
            "lawn",
            "hedge",
            "roses",
            "tomatoes",
            "tomato",
            "seedlings",
        ),
        *(
            "pflanze",
            "pflanzen",
            "baum",
            "apfelbaum",
            "rasen",
            "hecke",
            "tomaten",
            "plante",
            "plantes",
        ),
        *(
            "arbre",
            "pommier",
            "pelouse",
            "rosier",
            "planta",
            "plantas",
            "arbol",
            "manzano",
            "cesped",
            "tomateras",
        ),
        *(
            "pianta",
            "piante",
            "albero",
            "melo",
            "prato",
            "pomodori",
            "planten",
            "boom",
            "appelboom",
            "gazon",
        ),
        *(
            "roslina",
            "rosliny",
            "drzewo",
            "jablon",
            "trawnik",
            "pomidory",
            "arvore",
            "macieira",
            "relva",
        ),
        *(
            "vaxt",
            "vaxten",
            "vaxter",
            "tradet",
            "appeltradet",
            "grasmattan",
            "tomatplantorna",
        ),
        *(
            "traeet",
            "aebletraeet",
            "plaenen",
            "treet",
            "epletreet",
            "plenen",
            "rostlina",
            "strom",
            "jablon",
        ),
        *("travnik", "rajcata"),
    ]
)
HOME_AWAY = frozenset(
    [
        "ceste",  # Czech "na cestě", on the way
        # the flat and the house: "who else is in the flat right now", "qui est à l'appart", "wer ist alles im Haus"
        *("herhjemme", "herhemma", "herhjem"),
        *(
            "flat",
            "apartment",
            "appart",
            "appartement",
            "wohnung",
            "haus",
            "appartamento",
            "mieszkaniu",
        ),
        *("apartamento", "lagenheten", "lejligheden", "leiligheten", "byte"),
        "home",
        "zuhause",
        "hause",
        "daheim",
        "maison",
        "casa",
        "thuis",
        "domu",
        "doma",
        "dom",
        "domov",
        "hemma",
        "hjemme",
        "away",
        "weg",
        "unterwegs",
        "fort",
        "absent",
        "absente",
        "fuera",
        "fuori",
        "afwezig",
        "pryc",
        "borta",
        "borte",
        "ude",
        "ute",
        "mimo",
    ]
)
WHERE = frozenset(
    ["where", "wo", "donde", "dove", "waar", "gdzie", "onde", "hvor", "kde"]
)
# Word starts of writing an automation or a script: about an empty room, it is not asking who is in it.
AUTHORING = (
    "automat",
    "automas",
    "automac",
    "automaz",
    "yaml",
    "script",
    "skript",
    "blueprint",
)

# "Automatic" describes a thing ("el portero automático"), it does not write an automation.
AUTOMATIC = (
    "automatic",
    "automatique",
    "automatisch",
    "automatisk",
    "automatyczn",
    "automatick",
)

# The speaker's own words for themselves and theirs, for the cloud gate's doubt about personal text.
FIRST_PERSON = frozenset(
    [
        "i'm",
        "i've",
        "me",
        "my",
        "mine",
        "myself",
        "ich",
        "mir",
        "mich",
        "mein",
        "meine",
        "meinen",
        "meinem",
        "meiner",
        "meines",
        "j",
        "moi",
        "mon",
        "yo",
        "me",
        "mi",
        "mis",
        "conmigo",
        "io",
        "mio",
        "mia",
        "miei",
        "mie",
        "ik",
        "mij",
        "mijn",
        "mnie",
        "mi",
        "moj",
        "moja",
        "moje",
        "mojego",
        "mojej",
        "eu",
        "meu",
        "minha",
        "meus",
        "minhas",
        "jag",
        "mig",
        "mitt",
        "mina",
        "jeg",
        "meg",
        "mine",
        "muj",
        "mne",
        "mym",
    ]
)
# Words that are "I" or "my" in one language and an everyday word in others ("i" is "in" in Swedish and Polish).
# Someone the speaker talks about: "is it normal that she still coughs" is about a person, not a topic. French "il"
# (also impersonal: "il faut") and Italian "il" (the article) are left out; words that are other words elsewhere
# count only in their own languages.
THIRD_PERSON = frozenset(
    [
        *(
            "he",
            "she",
            "him",
            "her",
            "his",
            "he's",
            "she's",
            "er",
            "sie",
            "ihm",
            "ihn",
            "ihr",
        ),
        *(
            "il",
            "elle",
            "lui",
            "ella",
            "ellos",
            "ellas",
            "lei",
            "hij",
            "zij",
            "ze",
            "hem",
            "haar",
            "hun",
        ),
        *(
            "ona",
            "jego",
            "jej",
            "niego",
            "niej",
            "ele",
            "ela",
            "dele",
            "dela",
            "han",
            "hon",
            "hun",
        ),
        *(
            "hans",
            "hennes",
            "hendes",
            "henne",
            "ham",
            "henne",
            "jeho",
            "jeji",
            "jemu",
            "on",
        ),
    ]
)
# Words that point back at the turn before: after a private turn, "send it to grandma" sends the private thing.
BACK_REFERENCES = frozenset(
    [
        *(
            "it",
            "them",
            "den",
            "das",
            "dies",
            "ihn",
            "ca",
            "cela",
            "ceci",
            "eso",
            "esto",
            "ello",
            "isso",
            "isto",
        ),
        *("disso", "dit", "het", "det", "dette", "detta", "ho", "tego"),
        # there, in the scene just shown: "je tam pořád ta cizí kočka", "wat doet die persoon daar"
        *("there", "tam", "daar", "dort", "ahi", "alli", "ali", "der", "dar"),
        # winding back what was just shown: "spola tillbaka en timme"
        *(
            "rewind",
            "zuruckspulen",
            "zuruck",
            "rembobine",
            "rebobina",
            "riavvolgi",
            "terugspoelen",
            "przewin",
        ),
        *("spola", "spol", "pretoc"),
    ]
)
# "How did it go": the "it" after these is idiomatic ("hur gick det för djurgården", "wie ging es")
HOW_IT_WENT = frozenset({"gik", "gikk", "gick", "gar", "ging", "geht", "went", "goes"})
BACK_REFERENCES_IN = {
    "den": frozenset({"de", "sv", "da", "nb"}),
    "das": frozenset({"de"}),
    "ca": frozenset({"fr"}),
    "dit": frozenset({"nl"}),
    "het": frozenset({"nl"}),
    "det": frozenset({"sv", "da", "nb"}),
    "ho": frozenset({"cs"}),
    "tego": frozenset({"pl"}),
    "tam": frozenset({"cs", "pl"}),
    "daar": frozenset({"nl"}),
    "dort": frozenset({"de"}),
    "ahi": frozenset({"es"}),
    "alli": frozenset({"es"}),
    "ali": frozenset({"pt"}),
    "der": frozenset({"da", "nb"}),
    "dar": frozenset({"sv"}),
}
THIRD_PERSON_ONLY_IN = {
    "on": frozenset({"pl", "cs"}),
    "ze": frozenset({"nl"}),
    "er": frozenset({"de"}),  # "is" in Danish and Norwegian
    "her": frozenset({"en"}),  # "here" in Danish and Norwegian
    "hem": frozenset({"nl"}),  # "home" in Swedish
    "ham": frozenset({"da", "nb"}),
    "sie": frozenset({"de"}),  # Polish "się"
    "il": frozenset({"fr"}),  # the Italian article
}

FIRST_PERSON_IN = {
    "i": frozenset({"en"}),
    # "I am", "I have" where the pronoun is dropped: "sono alla diciottesima settimana", "jestem w dwudziestym tygodniu"
    "ho": frozenset({"it"}),
    "jestem": frozenset({"pl"}),
    "mam": frozenset({"pl", "cs"}),
    "jsem": frozenset({"cs"}),
    "estoy": frozenset({"es"}),
    "soy": frozenset({"es"}),
    "tengo": frozenset({"es"}),
    "estou": frozenset({"pt"}),
    "sou": frozenset({"pt"}),
    "tenho": frozenset({"pt"}),
    "suis": frozenset({"fr"}),
    "je": frozenset({"fr"}),  # Dutch "you", Czech "is"
    "ja": frozenset({"pl"}),  # "yes" in German, Dutch and the Nordic languages
    "mes": frozenset({"fr"}),  # Spanish "month"
    "ma": frozenset({"fr"}),
    "min": frozenset({"sv", "da", "nb"}),
}

# How ids and card numbers are checked, and advice about passwords: about the things, not anyone's.
ABOUT_IDS_AND_SECRETS = (
    (
        r"(?:algorithm\w*|algoritm\w*|algorithme|elfproef|luhn|check digit|prufziffer|chiffre de (?:controle|cle)"
        r"|digito de control\w*|cifra di controllo|controlegetal|cyfr\w* kontroln\w*|kontrollsiffra|kontrolciffer"
        r"|kontrollsiffer|kontrolni cislic\w*|jak se overuje|co oznaczaja cyfry|como e formado|hoe lang is een"
        r"|kontrolciffer\w*|kontrollsiffr\w*|kontrollsiffer\w*|controlecijfer\w*|controlegetal\w*"
        # divisible by eleven, and whether it can be worked out from a name and a birth date
        r"|delitel\w*|divisible|teilbar|divisibile|deelbaar|podzieln\w*|divisivel|delbar"
        r"|si puo calcolare|kann man (?:\w+ )?berechnen|peut-on (?:le |la )?calculer|se puede calcular|lze (?:\w+ )?vypocitat"
        r"|can (?:it|you|one) (?:be )?calculat\w*|pode ser calculad\w*|kan man (?:\w+ )?(?:rakna ut|beregne|regne ut)"
        # where it is printed: "wo steht eigentlich die Steuer-ID drauf"
        r"|wo steht (?:[\w-]+ ){0,5}drauf|where is (?:it|the \w+) printed|ou figure|dove (?:e|si trova) (?:scritto|riportato))"
    ),
    # how long one is valid: "la carta d'identità elettronica quanti anni dura prima di scadere"
    (
        r"(?:quanti anni dura|quanto dura|how long (?:is|are) (?:an? |the )?[\w-]+ (?:\w+ )?valid|wie lange (?:ist|gilt)"
        r"|combien de temps (?:est|dure)|cuanto (?:tiempo )?dura|hoe lang is (?:een |de |het )?[\w-]+ geldig"
        r"|jak dlugo (?:jest )?wazn\w*|quanto tempo (?:e|dura)|hur lange (?:ar|galler)|hvor (?:lenge|laenge) (?:er|gjelder|galder)"
        r"|jak dlouho (?:je )?platn\w*)"
    ),
    (
        r"(?:consigliano|recommend\w*|empfehl\w*|recommand\w*|recomiend\w*|aconselh\w*|anbefal\w*|rekommender\w*"
        r"|doporuc\w*|zalec\w*|experts?|experten|expertos|esperti|eksperci)"
    ),
    (
        r"(?:nejbezpecnejsi|nejlepsi|bezpecn\w*|najbezpieczniejsze|najlepsze|bezpieczn\w*|melhor forma|bastas?|bedste"
        r"|beste|best|safest|strongest|sicherste\w*|le plus sur|la mas segura|la piu sicura|veiligste)"
    ),
    (
        r"(?:how (?:often|long)|wie oft|how many characters|kolik (?:ma mit )?znaku|ile znakow|combien de caracteres"
        r"|jak czesto trzeba|cada cuanto|ogni quanto|hoe vaak|com que frequencia|hur ofta|hvor ofte)"
    ),
    r"(?:losenordsfras|passphrase|passwortsatz|phrase de passe|frase de contrasena|frasi lunghe|wachtwoordzin)",
    # password managers, data breaches and their risks as topics; secret identities of fiction
    (
        r"(?:password manager\w*|gestion(?:naire)? de mots de passe|gestor\w* de (?:senhas|palavras-passe|contrasenas)"
        r"|passwort-?manager|wachtwoordmanager|menedzer\w* hasel|losenordshanterare|adgangskodeadministrator"
        r"|passordbehandler|spravce hesel|data ?breach\w*|datalek\w*|datenleck\w*|fuite de donnees|filtracion\w*"
        r"|violazion\w* (?:dei )?dati|wyciek\w* danych|fuga de dados|dataintrang|datalaek|datainnbrudd|unik\w* dat"
        r"|risks|risiken|risques|riesgos|rischi|ryzyk\w*|riscos|risker|risici|risikoen|rizika|risico\w*"
        r"|secret identity|identite secrete|identidad secreta|identita segreta|geheime identiteit|sekretna tozsamosc"
        r"|identidade secreta|hemliga identitet|hemmelige identitet|tajna identita)"
    ),
    # a charity's account read from a poster, and the codes of escape rooms and riddles
    (
        r"(?:posters?|plakat\w*|affiche\w*|cartel|cartaz|manifesto|affisch\w*|donat\w*|donativ\w*|donazion\w*|spende\w*"
        r"|sbirk\w*|zbiork\w*|charity|fundacj\w*|stiftung|foundation|insamling\w*|indsamling\w*|innsamling\w*)"
    ),
    # a password or an account in general, with an indefinite article: "uma password com emojis é mais safe?",
    # "quanto costa aprire un conto corrente"
    (
        r"(?:an|ein|eine|un|une|una|een|um|uma|ett) (?:\w+ )?(?:password|passwort|mot de passe|contrasena|wachtwoord"
        r"|haslo|heslo|senha|palavra-passe|losenord|adgangskode|passord|bank account|bankkonto|girokonto"
        r"|conto corrente|cuenta bancaria|compte bancaire|bankrekening|conta bancaria)"
    ),
    r"(?:escape ?room\w*|ratsel\w*|riddle|enigme|acertijo|indovinello|raadsel|zagadk\w*|charada|gata|gade|hadank\w*)",
    (
        r"(?:in|from|im|aus|dans|en|nel|nella|in de|w|no|na|i|v|ve) (?:the |dem |der |le |la |el |il |de |het |o |a )?"
        r"(?:\w+ ){0,3}?(?:book|books|film|movie|series|game|novel|episode|buch|roman|livre|libro|pelicula|serie|juego"
        r"|gioco|romanzo|boek|spel|ksiazce|filmie|livro|jogo|bok|boken|filmen|spelet|spillet|knize|hre)(?![a-z])"
        r"|harry potter|hogwarts|gryffindor"
    ),
    # what an abbreviation means: "co znamená zkratka iban", "wat betekent bsn"
    (
        r"(?:what does \w+ (?:\w+ )?mean|what is the meaning of|was bedeutet|was heisst|que veut dire|que signifie"
        r"|que significa|que quiere decir|cosa significa|cosa vuol dire|wat betekent|co oznacza|o que (?:quer dizer|significa)"
        r"|vad betyder|hvad betyder|hva betyr|co znamena|stands? for|wofur steht|waar staat \w+ voor|(?:vad|hvad|hva) star \w+ for)"
    ),
    # what the digits of an id stand for, how many there are, and how it is built
    (
        r"(?:combien de chiffres|how many digits|wie viele (?:ziffern|stellen)|cuantos (?:digitos|numeros)|quante cifre"
        r"|hoeveel cijfers|ile (?:cyfr|znakow)|quantos (?:digitos|numeros)|hur manga siffror|hvor mange (?:cifre|sifre)"
        r"|kolik (?:cislic|cisel)|co znamenaji (?:cisla|cislice)|a quoi correspondent les chiffres|comment est (?:construit|compose|forme)"
        r"|what do the (?:digits|numbers) (?:in|of) \w+|was bedeuten die ziffern|wofur stehen die ziffern"
        r"|que significan los (?:numeros|digitos)|cosa significano le cifre|wat betekenen de cijfers"
        r"|o que significam os (?:numeros|digitos)|vad betyder siffrorna|hvad betyder cifrene|hva betyr sifrene"
        r"|how is (?:an?|the) \w+ (?:number )?(?:built|structured|formed|made up)"
        r"|wie (?:ist|sind) (?:\w+ ){1,3}?(?:eigentlich |genau )?aufgebaut|hoe is (?:\w+ ){1,3}?opgebouwd"
        r"|comment (?:est|sont) (?:\w+ ){1,3}?(?:structure|compose|construit)e?s?|como (?:esta|es) (?:\w+ ){1,3}?"
        r"(?:estructurad|compuest|formad)[oa]s?|com'e (?:\w+ ){1,3}?(?:strutturat|compost|format)[oa]"
        r"|jak (?:jest )?zbudowan\w*|como e (?:\w+ ){1,3}?(?:composto|constituido|formado)|hur ar (?:\w+ ){1,3}?uppbyggd\w*"
        r"|hvordan er (?:\w+ ){1,3}?(?:opbygget|bygget opp|oppbygd)|jak je (?:\w+ ){1,3}?(?:sestaven|strukturovan)\w*)"
    ),
)

# Someone "being on" a medicine, said of anyone ("kan man ta alvedon samtidigt som man äter waran"): the speaker's
# own treatment in general words, so a question about mixing medicines stays private.
ONGOING_USE = (
    r"(?:while|when|if) (?:you(?:'re| are)|one is|i'm|i am) (?:on|taking)",
    r"(?:wenn|wahrend) man (?:\w+ ){1,2}(?:nimmt|einnimmt)",
    r"(?:quand|si|lorsqu')on (?:prend|est sous)",
    r"(?:cuando|si) (?:se toma|tomas|estas tomando)",
    r"(?:mentre|quando|se) si (?:prende|assume)",
    r"(?:als|terwijl) je (?:\w+ ){1,2}(?:slikt|gebruikt|neemt)",
    r"(?:kiedy|gdy|jesli) (?:sie )?(?:bierze|przyjmuje)",
    r"(?:quando|enquanto|se) se (?:toma|esta a tomar)",
    r"(?:samtidigt som|nar|om) man (?:ater|tar|tager|spiser|bruger|bruker)",
    r"(?:kdyz|pokud) se bere",
    # prescribed to the speaker: "el omeprazol que me recetaron", "le lévothyrox que le médecin m'a prescrit"
    (
        r"(?:me recetaron|me (?:ha|han) recetado|m'a prescrit|m'ont prescrit|mi (?:ha|hanno) prescritto|mir verschrieben"
        r"|(?:mij|me) voorgeschreven|przepisal\w* mi|me receitaram|receitaram-me|(?:i was|i've been|i have been|i got) prescribed"
        r"|prescribed (?:me|for me)|skrev ut (?:till|at) mig|fick utskrivet|fik udskrevet|fikk utskrevet|predepsal\w* mi)"
    ),
    # begun by the speaker: "efeitos secundários do Ozempic, comecei ontem com 0,25"
    (
        r"(?:i started|i've started|i began|ich habe (?:\w+ )?angefangen|ich nehme|j'ai commence|je prends|empece|he empezado"
        r"|estoy tomando|ho iniziato|ho cominciato|sto prendendo|ik ben (?:\w+ )?begonnen|ik slik|zaczalem|zaczelam|biore"
        r"|comecei|estou a tomar|jag borjade|jag tar|jeg begyndte|jeg tager|jeg begynte|jeg tar|zacal jsem|zacala jsem"
        r"|beru)(?![a-z])"
    ),
    # or in a week of a pregnancy: "… si può prendere in gravidanza, sono alla diciottesima settimana"
    (
        r"(?:sono|jestem|jsem|estoy|estou|ich bin|i am|i'm|je suis|ik ben|jag ar|jeg er) (?:\w+ ){0,2}?(?:week|woche"
        r"|semaine|semana|settimana|tygodniu|tydnu|vecka|uge|uke)"
    ),
)

# A question about what a thing is or how it works ("what is a password manager", "how does a vaccine work"),
# with an indefinite article: general knowledge about the thing, not the speaker's own data.
WHAT_A_THING_IS = (
    # how to spell a word, what is normal, the difference between two things, how long or how often in general
    (
        r"(?:how do you spell|wie schreibt man|comment s'?ecrit|como se escribe|come si scrive|hoe schrijf je"
        r"|jak sie pisze|como se escreve|hur stavar man|hvordan staver (?:man|du)|jak se pise)"
    ),
    (
        r"(?:hvad er|hva er|vad ar|was ist|wat is|what is|what'?s) (?:et |en |ein |eine |een |a |an )?normal\w*"
    ),
    r"(?:what(?:'s| is) the )?difference between",
    # what a word means, asked first: "what does adhd mean", "wat betekent ADHD" ("my results" stay the speaker's)
    (
        r"(?:what does (?!it |that |this )\w+ mean|what does the \w+(?: \w+){0,6}? mean|was bedeutet|que veut dire|que signifie|que significa|cosa significa"
        r"|cosa vuol dire|che cosa significa|wat betekent|co znamena|co oznacza|o que significa|vad betyder|hvad betyder"
        r"|hva betyr)(?! (?:es|det|het|cela|ca|eso|esto|isso|questo|to|ze)(?![a-z]))"
    ),
    r"(?:was ist der unterschied zwischen|quelle est la difference entre|la difference entre)",
    r"(?:cual es la diferencia entre|qual e la differenza tra|wat is het verschil tussen)",
    r"(?:jaka jest roznica|qual (?:e )?a diferenca entre|vad ar skillnaden|hvad er forskellen|hva er forskjellen)",
    r"(?:jaky je rozdil)",
    # with a filler between: "Hva er egentlig forskjellen på brutto og netto lønn?"
    (
        r"(?:what(?:'s| is)|was ist|quelle est|c'est quoi|cual es|qual e|wat is|jaka jest|vad ar|hvad er|hva er|jaky je)"
        r" (?:actually|really|exactly|eigentlich|genau|en fait|exactement|realmente|exactamente|davvero|esattamente"
        r"|eigenlijk|precies|wlasciwie|dokladnie|na verdade|exatamente|egentligen|egentlig|vlastne|presne)"
        r" (?:the difference|der unterschied|la difference|la diferencia|la differenza|het verschil|roznica|a diferenca"
        r"|skillnaden|forskellen|forskjellen|rozdil)"
    ),
    r"(?:che )?differenza c'e tra",
    (
        r"(?:come si calcola|hoe bereken je|wie berechnet man|comment (?:on )?calcule|jak sie oblicza|hur raknar man"
        r"|hvordan beregner man|hvordan regner man|jak se pocita|como se calcula)"
    ),
    r"(?:co je to|ca veut dire quoi|qu'est-ce que c'est|c'est quoi (?:la difference|un|une))",
    # how an id is made up: "hvordan er et cpr nummer bygget op", "hoe werkt die elfproef van een bsn"
    (
        r"(?:how is (?:an? |the )?\w+(?: number)? (?:made up|built|structured|formed|calculated)|hvordan er (?:et|en) (?:\w+ ){1,2}"
        r"(?:bygget|bygd|opbygget|oppbygd|opbygd)|hur ar (?:ett|en) (?:\w+ ){1,2}uppbyggt|wie ist (?:eine?|die|der) (?:\w+ ){1,2}"
        r"aufgebaut|hoe werkt (?:die|de|het))"
    ),
    # the format of an id ("how many digits does a PESEL have", "cómo se calcula la letra del DNI")
    (
        r"(?:what(?:'s| is) the format of|welches format hat|quel (?:est le )?format|que formato tiene|che formato ha"
        r"|welk formaat heeft|jaki format ma|que formato tem|vilket format har|hvilket format har|jaky format ma)"
    ),
    (
        r"(?:how many (?:digits|characters|numbers|letters)|wie viele? (?:stellen|ziffern|zeichen)|combien de (?:chiffres"
        r"|caracteres)|cuantos (?:digitos|numeros|caracteres)|como se calcula|quant[ei] (?:cifre|lettere|caratteri|numeri)"
        r"|hoeveel (?:cijfers|tekens)|ile (?:cyfr|znakow)|quantos (?:digitos|caracteres|numeros)|hur manga (?:siffror|tecken)"
        r"|hvor mange (?:cifre|tegn|siffer|sifre)|kolik (?:cislic|znaku|cisel))"
    ),
    (
        r"(?:who invented|wer hat (?:\w+ ){0,3}erfunden|qui a invente|quien invento|chi ha inventato"
        r"|wie heeft (?:\w+ ){0,3}uitgevonden|kto wymyslil|quem inventou|vem uppfann|hvem opfandt|hvem fant opp"
        r"|kdo vynalezl)"
    ),
    (
        r"(?:how (?:long|often|many \w+) (?:should|must|do you)|wie (?:lang|oft) sollte|cada cuanto|hvor (?:langt|lang|ofte)"
        r" (?:bor|skal)|hoe (?:vaak|lang) moet|ile (?:znakow )?powinn\w*|hur (?:langt|ofta) bor|jak (?:dlouhe|casto) by"
        r"|quanto (?:lunga|spesso) (?:deve|dovrebbe)|com que frequencia|a quelle frequence|quelle longueur)"
    ),
    r"(?:what(?:'s| is)|whats) (?:actually |exactly )?an?",
    r"explain (?:to me )?(?:\w+ ){0,3}?(?:how|why)",
    r"erklar\w* (?:mir )?(?:\w+ ){0,4}?(?:wie|warum|wieso)",
    r"expliqu\w*(?:-moi)? (?:\w+ ){0,3}?(?:comment|pourquoi)",
    r"explica\w*(?:-me)? (?:\w+ ){0,3}?(?:como|por que|porque|que es|que son)",
    r"spiegami (?:\w+ ){0,3}?(?:come|perche|la differenza)",
    r"leg (?:me )?uit (?:\w+ ){0,3}?(?:hoe|waarom)",
    r"(?:wyjasnij|wytlumacz|objasnij) (?:mi )?(?:\w+ ){0,3}?(?:jak|dlaczego|czym|co|czemu)",
    r"forklar\w* (?:mig |meg )?(?:\w+ ){0,3}?(?:hvordan|hvorfor|hur|varfor)",
    r"vysvetli (?:mi )?(?:\w+ ){0,3}?(?:jak|proc)",
    r"how (?:does|do) (?:an?|the) \w+(?: \w+)? work",
    r"(?:was ist|was sind|was macht) (?:eigentlich |genau )?(?:ein|eine|einen)",
    r"wie funktionier\w* (?:eigentlich )?(?:ein|eine)",
    r"(?:qu'est-ce qu'|qu'est ce qu'|c'est quoi )une?",
    r"comment (?:fonctionne|marche) (?:un|une)",
    r"(?:que|qué) es (?:exactamente )?(?:un|una|el|la)",
    r"(?:como|cómo) funciona (?:un|una)",
    r"(?:cos'e|cosa e|che cos'e|che cosa e) (?:esattamente )?(?:un|una|uno|un')",
    r"come funziona (?:un|una|uno)",
    r"wat is (?:eigenlijk |precies )?een",
    r"hoe werkt (?:een|zo'n)",
    r"(?:co to jest|czym jest|jak dziala)",
    r"(?:o que e|o que sao) (?:exatamente |afinal )?(?:um|uma)",
    r"como funciona (?:um|uma)",
    r"vad (?:ar|betyder) (?:egentligen )?(?:en|ett)",
    r"hur fungerar (?:en|ett)",
    r"hvad er (?:egentlig )?(?:en|et)",
    r"hvordan (?:virker|fungerer) (?:en|et)",
    r"hva er (?:egentlig )?(?:en|et|ei)",
    r"co (?:je|to je) (?:vlastne )?",
    r"jak funguje",
)

# Words a detector of one language finds that mean something harmless in the utterance's language, folded.
FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "cs": frozenset(
        {"hoste", "hostem", "dni"}
    ),  # guests and days, not the Danish cough and the Spanish id
    "pl": frozenset({"dni"}),  # days: "za ile dni", not the Spanish id
    "sv": frozenset({"gp"}),  # Göteborgs-Posten, not a general practitioner
}

# Where household members usually are when not at home; with a word for somebody ("wer ist in der Schule").
AT_WORK_OR_SCHOOL = frozenset(
    [
        # offices away from home: "javier ya está en la oficina", "is daan al naar kantoor", "pojechał do biura"
        *("oficina", "kantoor", "biura", "biurze", "biuro"),
        # gyms: "marco è ancora in palestra", "is der papa noch im fitnessstudio"
        *(
            "fitnessstudio",
            "palestra",
            "gimnasio",
            "gimnas",
            "sportschool",
            "silowni",
            "silownia",
        ),
        *(
            "ginasio",
            "gymmet",
            "fitnesscenter",
            "treningssenteret",
            "posilovne",
            "posilovna",
        ),
        # day centres for the elderly: "je babička ještě v denním stacionáři"
        *(
            "stacionari",
            "stacionar",
            "tagespflege",
            "dagbesteding",
            "dagsenter",
            "dagsenteret",
            "daghjemmet",
        ),
        *(
            "kita",
            "kindergarten",
            "krippe",
            "creche",
            "maternelle",
            "garderie",
            "guarderia",
            "asilo",
            "nido",
        ),
        *(
            "kinderdagverblijf",
            "opvang",
            "kinderopvang",
            "przedszkole",
            "przedszkolu",
            "zlobek",
            "zlobku",
        ),
        *(
            "infantario",
            "forskolan",
            "forskola",
            "dagis",
            "dagiset",
            "fritids",
            "fritis",
            "sfo",
            "hort",
            "bornehave",
            "bornehaven",
            "vuggestue",
        ),
        *(
            "vuggestuen",
            "barnehage",
            "barnehagen",
            "skolka",
            "skolce",
            "skolky",
            "jesle",
            "jeslich",
        ),
        "arbeit",
        "schule",
        "ecole",
        "travail",
        "trabajo",
        "escuela",
        "colegio",
        "lavoro",
        "scuola",
        "werk",
        "praca",
        "pracy",
        "pracu",
        "szkola",
        "szkole",
        "trabalho",
        "escola",
        "jobbet",
        "arbetet",
        "skolan",
        "arbejde",
        "skole",
        "skolen",
        "jobb",
        "jobben",
        "prace",
        "praci",
        "skola",
        "skole",
        "skolu",
    ]
)
AT_WORK_OR_SCHOOL_EN = frozenset(
    {("at", "work"), ("at", "school"), ("in", "school"), ("at", "gym"), ("the", "gym")}
    # arrived: "did rosa get in ok"
    | {("get", "in"), ("got", "in"), ("gets", "in")}
)

# What stands before a zone's name when someone is there: "at Work", "in der Schule", "w pracy", "på jobben".
PLACE_PREPOSITIONS = frozenset(
    [
        "at",
        "in",
        "im",
        "auf",
        "bei",
        "zur",
        "zum",
        "a",
        "au",
        "en",
        "dans",
        "al",
        "alla",
        "nel",
        "nella",
        "op",
        "bij",
        "naar",
        "w",
        "we",
        "na",
        "do",
        "em",
        "no",
        "ao",
        "pa",
        "i",
        "v",
        "ve",
    ]
)
# "Still", "yet" and "already", with which a household member somewhere is asked after ("ist Jonas noch im
# Wohnzimmer", "je už Tereza v Brně", "jack at grandmas yet"): see Reading.still_somewhere.
STILL_YET = frozenset(
    {
        *(
            "still",
            "yet",
            "already",
            "noch",
            "schon",
            "encore",
            "deja",
            "toujours",
            "todavia",
            "aun",
            "ya",
        ),
        *(
            "sigue",
            "ancora",
            "gia",
            "nog",
            "steeds",
            "jeszcze",
            "juz",
            "wciaz",
            "nadal",
            "ainda",
        ),
        *(
            "fortfarande",
            "redan",
            "kvar",
            "stadig",
            "allerede",
            "endnu",
            "fortsat",
            "fortsatt",
            "fremdeles",
        ),
        *("enda", "uz", "porad", "jeste", "stale"),
    }
)
# Forms of "to be" (or of sitting, standing) around a household member: "is emil in the kitchen", "babcia jest w".
TO_BE = frozenset(
    {
        *(
            "is",
            "ist",
            "est",
            "e",
            "es",
            "esta",
            "je",
            "jest",
            "er",
            "ar",
            "zit",
            "staat",
            "sitter",
            "sidder",
        ),
        *("isch", "sta"),
    }
)
# Words between a household member and where they are: a copula, a pronoun repeating them, "still" (and the
# "un" of "quelqu'un").
BEFORE_THE_PLACE = (
    STILL_YET
    | TO_BE
    | frozenset(
        {
            "un",
            *(
                "elle",
                "il",
                "sie",
                "hij",
                "ze",
                "ona",
                "on",
                "ela",
                "ele",
                "hun",
                "han",
                "hon",
                "lei",
                "lui",
                "ella",
            ),
        }
    )
)
# Where someone may be, after the words above: a preposition of place or "there".
AT_A_PLACE = PLACE_PREPOSITIONS | frozenset(
    {
        "beim",
        "chez",
        "u",
        "hos",
        "til",
        "there",
        "dort",
        "la",
        "ali",
        "tam",
        "dar",
        "daar",
        "der",
    }
)
PLACE_ARTICLES = frozenset(
    [
        "the",
        "der",
        "die",
        "dem",
        "den",
        "de",
        "het",
        "la",
        "le",
        "l",
        "el",
        "il",
        "lo",
        "o",
    ]
)

# About a health topic, not anyone's own health: the difference between two things, what a medicine is, the
# normal value of something, the news, or a story ("what is paracetamol", "the latest on the doctors' strike").
# The news about a thing (a data leak at a camera maker, a minister's health): about the world, not the home.
NEWS_ABOUT = (
    r"(?:what(?:'s| is) the )?latest (?:news )?(?:on|about)",
    r"any (?:news|update) (?:on|about)",
    r"(?:gibt'?s|gibt es) (?:was|etwas) neues",
    r"(?:les )?dernieres (?:nouvelles|infos?|actus?)",
    r"(?:las )?ultimas noticias",
    r"(?:le )?ultime notizie",
    r"(?:het )?laatste nieuws",
    r"(?:jakie sa )?najnowsze (?:wiadomosci|informacje)",
    r"co (?:nowego|slychac) w sprawie",
    r"what'?s the news on",
    (
        r"(?:what did|what has|co rikal\w*|que dijo|que ha dicho|cosa ha detto|wat zegt|wat heeft|o que disse|was sagt|was hat"
        r"|qu'a dit|que dit|co powiedzial\w*|vad sa|vad sager|hvad sagde|hvad siger|hva sa|hva sier) (?:the |la |il |l'|het |o |a "
        r"|der |die |le |el )?(?:ministr\w*|ministe\w*|oms|who|rivm|dgs|rki|government|regering\w*|gobierno|governo|rzad\w*"
        r"|vlad\w*|folkhalsomyndigheten|sundhedsstyrelsen|helsedirektoratet|fhi|ecdc|cdc|nhs)"
    ),
    r"(?:noticias|noticia) (?:sobre|de)",
    r"(?:nouvelles|actualites?) (?:sur|de)",
    r"(?:news|nachrichten|notizie|nieuws|nyheter|nyheder|zpravy) (?:about|on|uber|zu|su|sul|sulla|over|om|o)",
    # the English words inside another language: "des news sur", "últimas news sobre", "noen updates om"
    r"(?:news|updates?) (?:sur|sobre|zur|zum|dello|della|del|om|o|na temat)",
    r"co je noveho (?:s|v|o|kolem)",
    r"(?:quoi de neuf|du nouveau) (?:sur|pour|avec|concernant)",
    r"(?:que hay de nuevo|novedades) (?:sobre|de|con)",
    r"(?:novita|aggiornamenti) (?:su|sul|sulla|sullo)",
    r"(?:nieuws|iets nieuws) over",
    r"(?:quais sao )?as ultimas noticias",
    r"(?:vad ar )?senaste nytt",
    r"(?:hvad er )?seneste nyt",
    r"(?:hva er )?siste nytt",
    r"(?:hva er )?de siste nyhetene",
    r"(?:jake jsou )?nejnovejsi zpravy",
    # news of a shortage, a strike or a new product: "Gibt's News zum Lieferengpass bei Fiebersaft", "une grève des
    # médecins généralistes prévue", "jakiś update w sprawie tej nowej szczepionki", "cuándo sale el nuevo Apple Watch"
    r"(?:gibt'?s|gibt es) news|news (?:zum|zur|zu)|(?:update|aktualizacj\w*|informacj\w*) w sprawie|any updates? on",
    (
        r"lieferengpass\w*|shortages?|penuries?|escasez|carenza|tekort aan|brak\w* (?:lekow|leku)|falta de"
        r"|mangel pa|brist pa|nedostat\w*"
    ),
    r"strikes?|streik\w*|greves?|huelgas?|scioper\w*|staking\w*|strajk\w*|stavk\w*|strejke\w*|strejk",
    r"release date|cuando sale el nuevo|when (?:does|will) the new|wann kommt (?:die|der|das) neue",
    # a rumour from the media: "is it true that shakira is pregnant again, I saw it on tv"
    (
        r"is it true that|did i hear that right|stimmt es dass|c'est vrai que|es verdad que|e vero che|klopt het dat"
        r"|podobno|e verdade que|stammer det att|er det rigtigt at|er det sant at|je pravda ze|on (?:insta|instagram|tiktok|tv)"
        r"|(?:lo vi|l'ho (?:letto|visto)|j'ai vu ca) (?:en|su|sur)|(?:sa|so) det pa"
    ),
)
# Asking for a story or a poem: about anyone it names, and writing, not a fact.
WRITE_A_STORY = (
    r"write (?:me )?an? (?:short |little |funny )?(?:\w+ ){0,2}?(?:story|poem|tale|song|scene|limerick|rhyme)",
    r"inventa(?:-me)? uma (?:\w+ )?(?:historia|historinha)",
    r"(?:schreib|erzahl)(?:e)? (?:mir )?(?:eine?|ne) (?:kurze |kleine |lustige )?\w*(?:geschichte|gedicht|erzahlung)",
    r"tell (?:me |us )?an? (?:short |little |funny )?(?:\w+ ){0,2}?(?:story|tale)",
    r"ecris(?:-moi)? une? (?:petite |court |courte )?(?:histoire|poeme|conte|nouvelle)",
    r"escribe(?:me)? un (?:cuento|poema|relato)",
    r"scrivi(?:mi)? (?:un racconto|una poesia|una storia|una fiaba)",
    r"schrijf (?:een )?(?:kort )?(?:verhaal|gedicht)",
    r"napisz (?:krotkie |krotki )?(?:opowiadanie|wiersz|wierszyk|bajke|bajeczke|historie|historyjke)",
    r"escreve(?:-me)? (?:um (?:conto|poema)|uma (?:\w+ )?(?:historia|historinha))",
    r"skriv en (?:kort |lille |liten )?\w*(?:historia|dikt|saga|berattelse|historie|digt|fortelling)",
    r"napis (?:kratkou )?(?:povidku|basen|pohadku)",
    # made up: "inventa un cuento de un pingüino resfriado", "finn på en regle om en sjiraff med sår hals"
    r"make up an? (?:short |little |funny )?(?:story|poem|rhyme|song)",
    r"(?:denk dir|erfinde) (?:mal )?(?:eine?|ne) (?:kurze |kleine |lustige )?\w*(?:geschichte|gedicht|lied)",
    r"invente(?:-moi)? une? (?:petite )?(?:histoire|comptine|chanson|poeme|conte)",
    r"inventa(?:me)? un (?:cuento|poema|relato)",
    r"(?:inventa(?:mi)?|scrivi(?:mi)?) una (?:storia|fiaba|favola|filastrocca|poesia)",
    r"verzin (?:een )?(?:verhaal\w*|gedicht\w*|liedje)",
    r"wymysl (?:\w+ )?(?:bajke|historyjke|wierszyk|opowiadanie|historie)",
    r"inventa(?:-me)? um (?:conto|poema)",
    r"hitta pa en (?:saga|historia|ramsa|visa)",
    r"find pa en (?:historie|sang|remse|godnathistorie)",
    r"finn pa en (?:regle|historie|sang|fortelling)",
    r"vymysli (?:\w+ )?(?:pohadku|basnicku|pribeh)",
)
# After a camera clip, who someone in it was: "c'était qui le type en veste rouge", "quem era a senhora de chapéu"
WHO_WAS = (
    r"(?:c'etait qui|qui c'etait|qui etait|who was (?:that|the)|quem era|quien era|chi era|wer war|wie was|kto to byl\w*"
    r"|kto byl\w*|vem var|hvem var|kdo (?:to )?byl\w*"
    # since when, alone or not, woken up: "seit wann denn schon", "venía solo", "quante volte si è svegliata"
    r"|seit wann|since when|depuis quand|desde cuando|da quando|sinds wanneer|od kiedy|desde quando|sedan nar"
    r"|siden hvornar|siden nar|od kdy|venia sol[oa]|came (?:home )?alone|kam allein|est rentree? seule?"
    r"|woke up|aufgewacht|wach geworden|reveille\w*|desperto|se desperto|svegliat[oa]|wakker geworden|obudzil\w*"
    r"|acordou|vaknade|vaagnede|vaknet|probudil\w*)"
)
# What a camera saw, asked after it: "kan du se nummerpladen", "hva skjedde klokka tolv", "Hoe zag die persoon eruit?"
SEEN_ON_CAMERA = (
    r"(?:can you|kannst du|peux-tu|puedes|riesci a|kun je|mozesz|consegues|kan du|kan man|kunne du) (?:\w+ )?(?:see|sehen"
    r"|erkennen|voir|ver|vedere|zien|zobaczyc|se)|(?:licen[cs]e|number) plate|kennzeichen|nummernschild|plaque"
    r"|matricula|targa|kenteken|tablic\w* rejestracyjn\w*|nummerplade\w*|registreringsnummer\w*|skilt\w*|spz"
    r"|what happened|was ist passiert|was war|qu'est-ce qui s'est passe|que paso|que ha pasado|cosa e successo"
    r"|wat gebeurde|wat is er gebeurd|co sie stalo|o que aconteceu|vad hande|hvad skete|hva skjedde|co se stalo"
    r"|(?:look|looked) like|aussah|ausgesehen|ressemblait|aspecto|com'era|eruit|wygladal\w*|aparencia|sag \w+ ut"
    r"|sa \w+ ud|sa \w+ ut|vypadal\w*|(?:was there|war da|gab es|y avait-il|habia|c'era|was er|bylo|havia|fanns det"
    r"|var der|var det|bylo) (?:\w+ ){0,2}?(?:anything|something|etwas|was|quelque chose|algo|qualcosa|iets|cos|nagot"
    r"|noget|noe|neco|anyone|anybody|someone|somebody|jemand|quelqu|alguien|qualcuno|iemand|ktos|alguem|nagon|nan|nogen"
    r"|noen|nekdo)"
    r"|(?:bylo|byl) cos widac|widac|zu sehen|a voir|se ve|si vede|te zien|syns|ses|synes|videt"
    # it, kept or sent on: "guárdalo en la carpeta de la denuncia", "stuur die van 02:47 door naar Marta"
    r"|guardalo|guardala|salvalo|save it|keep it|speicher\w* (?:es|das|den|die)|sauvegarde-le|enregistre-le"
    r"|bewaar (?:het|die|dat|deze)|zapisz (?:go|to|je)|guarda-o|salva-o|spara (?:den|det)|gem (?:den|det)"
    r"|lagre (?:den|det)|uloz (?:ho|to)|send it|forward it|stuur (?:die|dat|het|deze)(?: \S+){0,4}? door"
    r"|schick (?:es|das|den|die)|envoie-le|transfere-le|mandalo|envialo|reenvialo|manda-o|envia-o|inoltral\w*"
    r"|doorsturen|przeslij|wyslij (?:go|to|je)|skicka (?:den|det|vidare)|send (?:den|det)|videresend\w*|posli (?:ho|to)"
    r"|(?:the one|die|den|das|celui|celle|el|la|quello|quella|ten|ta|o|a|det) (?:at|from|van|von|um|de|da|delle|z|om|kl|fran|fra|ze) \d{1,2}[:.h]\d{2}"
    # its picture, to keep or send: "guarda essa imagem e manda ao jonas", "schick mir das Bild"
    r"|imagem|imagen|immagine|image|picture|photo|foto|bild|bilden|billedet|bildet|snapshot|zdjeci\w*|obrazek|fotk\w*"
    r"|snimek|beeld|afbeelding|screenshot"
    # who rang or what they left: "co chtěla ta sousedka, zvonila?", "ha lasciato il pacco alla vicina?"
    r"|zvonil\w*|rang|klingelte|sonne|llamo|suono|belde|dzwonil\w*|tocou|ringde|ringede|ringte|left|lasciato|dejado"
    r"|laisse|achtergelaten|zostawil\w*|deixou|lamnade|efterlod|nechal\w*|hinterlassen|abgestellt"
    # zoomed in on, or what someone wore: "kan du zoome inn på lappen?", "qué llevaba puesto"
    r"|zoom\w*|inzoomen|agrandi\w*|ampli[aá]\w*|ingrandi\w*|przybliz\w*|powieksz\w*|priblizi\w*|forstorr?\w*"
    r"|wearing|wore|anhatte|trug|portait|llevaba(?: puesto)?|indossava|droeg|mial\w* na sobie|vestia|hade pa sig"
    r"|havde pa|hadde pa|mel\w* na sobe"
    # one of its clips: "visa klippet från tisdag kväll", "speel de opname van dinsdag af"
    r"|clip|clips|klip|klippet|klippene|klippen|clipje|clipjes|opname|opnames|aufnahme|enregistrement|grabacion"
    r"|registrazione|nagrani\w*|gravacao|inspelning\w*|optagelse\w*|opptak\w*|zaznam\w*|video|videoen|videon"
)
# What the reply just said means, or when it falls: "spiegami cosa vuol dire", "so when is six weeks from then"
MEANING_OF_IT = (
    r"what (?:does )?(?:it|that|this) means?|(?:was )?(?:bedeutet|heisst) das|qu'est-ce que (?:ca|cela) veut dire"
    r"|ca veut dire quoi|que significa (?:eso|esto)|cosa vuol dire|cosa significa|che significa|wat betekent (?:dat|dit|het)"
    r"|co to znaczy|o que (?:isso )?(?:significa|quer dizer)|vad betyder det|hvad betyder det|hva betyr det|co to znamena"
    r"|from then|after that date|ab dann|a partir de ahi|da allora"
)
# Asking for a number or a secret once more, or all of it: "otra vez más despacio", "the full number and the expiry"
# One more of what was just set or asked: "maak er ook een om tien uur vanavond", "and another one at nine".
ANOTHER_ONE = (
    r"another one|one more|one too|also one|er ook een|nog een|er nog een|noch (?:einen|eine|eins)|auch (?:einen|eine|eins)"
    r"|une? autre|aussi une?|otr[oa] (?:a|para|el|la|mas)|un altro|un'altra|anche uno|jeszcze (?:jeden|jedno|jedna|jedną)"
    r"|mais (?:um|uma)|outr[oa] (?:as|para|a)|en till|ett till|en likadan|en til|et til|en mere|en ekstra|en mer"
    r"|jeste (?:jeden|jednu|jedno)"
)
ONCE_MORE = (
    r"again|repeat|slower|slowly|once more|the full|the whole number|expiry|expiration|noch ?mal|wiederhol\w*|langsamer"
    r"|die ganze|encore une fois|repete\w*|plus lentement|en entier|au complet|otra vez|repite|repitelo|mas despacio"
    r"|completo|entero|di nuovo|ripeti\w*|piu piano|piu lentamente|intero|nog eens|nog een keer|herhaal|langzamer|helemaal"
    r"|jeszcze raz|powtorz\w*|wolniej|caly|cala|outra vez|repete|mais devagar|todo|toda|inteiro|igen|en gang til"
    r"|langsammare|hela|langsommere|hele|znovu|zopakuj\w*|pomaleji|cele|celou|cely|vypis\w*|repites|repiteme"
    # read out letter by letter, its digits, or changed: "me lo leggi lettera per lettera", "vad var de fyra sista
    # siffrorna", "change-le, tout le monde le connaît"
    r"|read (?:it|them) (?:out|back)|leggi\w*|lettera per lettera|letter by letter|buchstabier\w*|lettre par lettre"
    r"|letra (?:por|a) letra|letter voor letter|litera po literze|bokstav for bokstav|digits|ziffern|stellen|chiffres"
    r"|digitos|cifras|cifre|cijfers|cyfr\w*|siffror\w*|siffrorna|cifrene|sifre\w*|cisl\w*|letters|buchstaben|lettres"
    r"|letras|lettere|litery|bokstaver\w*|pismen\w*|change-le|change-la|cambialo|cambiala|cambiarlo|andere? (?:ihn|ihm|es)"
    r"|wijzig (?:het|hem)|zmien (?:go|je)|muda-o|muda-a|andra (?:den|det)|aendr (?:den|det)|endre (?:den|det)|zmen (?:ho|to)"
)
# Fiction: a character's secret or illness ("le secret de jean valjean", "doktor House … w pierwszym odcinku serialu")
FICTION = (
    r"(?:series|tv show|the show|film|movie|the book|books|novel|character|story of|saga|serie|buch|roman|romanen"
    r"|romanzo|romanu|boken|boeken|bog|boka|novelle|serial\w*|odcink\w*|kapitel|chapter|personaje|personnage|personaggio"
    r"|romanfigur|postac\w*|personagem|the secret of|le secret de|el secreto de|il segreto di|das geheimnis (?:von|des)"
    r"|het geheim van|o segredo de|hemmeligheten til|hemmeligheden (?:ved|bag)|hemligheten (?:med|bakom))"
)
# Diseases of farm animals and birds, and the orders that keep poultry in: the news, nobody's health.
ANIMAL_DISEASES = (
    r"bird flu|avian (?:flu|influenza)|vogelgrippe|geflugelpest|grippe aviaire|gripe aviar|influenza aviaria"
    r"|aviaria|vogelgriep|ptasi\w* gryp\w*|gripe das aves|gripe aviaria|fagelinfluensa|fugleinfluenza"
    r"|fugleinfluensa|ptaci chripk\w*|swine fever|schweinepest|peste porcine|peste porcina|peste suina"
    r"|varkenspest|pomor swin|svinpest|svinepest|prasec\w* mor|blue ?tongue|blauzungen\w*|stallpflicht|ophokplicht"
    r"|fjerkr\w* indend\w*|fjaderf\w* inomhus|fjorfe innendors"
)
# An illness going round, its wave or the health agency's word: "hay mucha gripe ahora mismo en madrid",
# "er det mye omgangssyke i barnehagene", "is er nu veel griep volgens het rivm": the news, nobody's health.
_GOING_ROUND_ILLNESSES = (
    r"(?:gripe|griep|grippe|flu|influens\w*|influenza|omgangssyke|roskildesyge|maginfluenza|magsjuke|rsv|covid"
    r"|corona|norovirus|gastro|chripk\w*|gryp\w*|virus|vira|viren|virussen|wirus\w*|infek\w*|ziek\w*|sjuk\w*|syge|syke)"
)
ILLNESS_GOING_ROUND = (
    r"(?:what'?s|what is|anything|something) going (?:a)?round"
    r"|(?:flu|griep|grippe|influenza\w*|covid|corona|rsv)[ -]?(?:wave|golf|welle|vague|ola|ondata|fala|vag|bolge|bolgen"
    r"|vlna)|pico da gripe|picco (?:dell'|del )?influenza"
    r"|(?:much[oa]|molt[oa]|tant[oa]|veel|viel|mye|mycket|meget|mange|duzo|wiele|muit[oa]|hodne|a lot of|lots of)(?: \w+){0,3}? "
    + _GOING_ROUND_ILLNESSES
    + r"|"
    + _GOING_ROUND_ILLNESSES
    + r"(?: \w+){0,3}? (?:in giro|gaat rond|de ronde|en circulation|circula|unterwegs|going (?:a)?round)"
    r"|(?:zamykaj\w*|schlie\w*|ferment|cierran|chiudono|sluiten|fecham|stanger|lukker|zaviraj\w*|stang\w*) (?:\w+ ){0,2}?"
    r"(?:szkol\w*|schulen|ecoles|escuelas|colegios|scuole|scholen|escolas|skolor|skoler|skoly)"
    r"|rivm|rki|robert koch|fhi|folkhalsomyndigheten|sundhedsstyrelsen|ssi|helsedirektoratet|dgs|sante publique"
    r"|istituto superiore di sanita|szu|sanepid\w*|gis|ecdc|cdc|ministerio de sanidad|smittevern\w*|smittskydd\w*"
)
HEALTH_TOPIC = (
    ILLNESS_GOING_ROUND,
    r"epidemi\w*|pandemi\w*",
    # first aid and causes, asked of anyone: "whats the right way to stop a nosebleed"
    r"(?:right|best|correct|proper) way to|what causes",
    # what is normal, normally, when one does: "jaki jest prawidłowy poziom cukru", "quanto tempo demora normalmente"
    (
        r"(?:an? |ein |einen |eine |un |una |une |een |um |uma |en |et |ett )?(?:normal\w*|prawidlow\w*|normaal|normale)"
        r" (?:\w+ )?(?:hladin\w*|level\w*|niveau\w*|nivel\w*|livell\w*|poziom\w*|waarde\w*|wert\w*|blutdruck|bloeddruk"
        r"|blood|tlak\w*|pressione|pressao|tension|blodtryck|blodtryk|blodtrykk|puls\w*|cukr\w*|zucker\w*|suiker\w*|cisnieni\w*)"
        r"|normalmente|normalement|normaal gesproken|normalt sett|quand on|wenn man|cuando uno|quando si"
        # the adjective after: "qual è la frequenza cardiaca normale a riposo"
        r"|(?:frequenza cardiaca|frequence cardiaque|frecuencia cardiaca|frequencia cardiaca|pressione|tension|presion"
        r"|pressao|glicemia|glycemie|glucemia|tetno|tlak) (?:normale?s?|normali|prawidlowe?|normalni)"
    ),
    # a pregnancy in general: "hvor mange uger varer en normal graviditet"
    (
        r"(?:a|en|ein|eine|une|un|una|een|um|uma|ett|et) normal\w* (?:pregnancy|graviditet|schwangerschaft|grossesse"
        r"|embarazo|gravidanza|zwangerschap|ciaz\w*|gravidez|tehotenstvi)"
    ),
    # which vaccines a trip needs, asked of anyone: "welche impfungen braucht man aktuell für kenia"
    (
        r"(?:which|what|welche|quels|quelles|que|quais|che|quali|welke|jakie|jaka|hvilke|vilka)(?: \w+)? (?:vaccin|vaksin"
        r"|impfung|vacun|vacina|szczepien|ockovan)\w*"
    ),
    # the difference between two things, asked of anyone (not "is it normal": that asks about oneself)
    (
        r"diferencia (?:hay )?entre|differenza (?:c'e )?tra|verschil tussen"
        r"|roznica miedzy|diferenca entre|skillnad(?:en)? mellan|forskel(?:len)? (?:pa|mellem)|forskjell(?:en)? (?:pa|mellom)"
        r"|rozdil mezi"
    ),
    # asked in general, and the news: "so ganz allgemein", "regole generali", "novinky o nedostatku léků" (not "explain
    # …": the speaker's own lab values are explained too)
    (
        r"in general|generally|so ganz allgemein|im allgemeinen|en general|en termes generaux|in generale|regole generali"
        r"|in het algemeen|ogolnie|em geral|generellt|generelt|obecne|novinky o|neue nachrichten|novidades sobre|nowe informacje o|(?:ha|hay) novedades|surto de|outbreak of"
        r"|shortage|lieferengpass|nedostat\w* leku|brak\w* lekow|penuria|tekort aan|carenza|escasez|penurie|mangel pa"
        r"|restordre"
    ),
    # public office holders: "how is king charles doing", "o estado de saúde do lula"
    (
        r"(?:the )?(?:king|queen|pope|president|prime minister|chancellor|minister|konig|konigin|papst|prasident|kanzler"
        r"|roi|reine|pape|president|rey|reina|papa francisco|presidente|re carlo|koning|koningin|paus|premier|krol"
        r"|krolowa|papiez\w*|prezydent\w*|rei|rainha|kung|kungen|drottning|konge|kongen|dronning|kral|kralovna|prezident\w*)"
        r"(?![a-z])"
    ),
    # what an abbreviation stands for: "what does adhd stand for", "wofür steht die abkürzung adhs"
    (
        r"stands? for|wofur steht|steht \w+ fur|vad star \w+ for|hvad star \w+ for|hva star \w+ for|abbreviation"
        r"|acronym|abkurzung|sigle|sigla|afkorting|skrot|forkortning|forkortelse|zkratka"
    ),
    # how a medicine works: "what is ibuprofen actually, how does it work", "waar dient paracetamol eigenlijk voor"
    (
        r"how does \w+ work|waar dient \w+(?: \w+)? voor|wie wirkt \w+|comment agit|como funciona (?:el|la)"
        r"|come funziona (?:il|la|l')|hoe werkt \w+|jak dziala \w+|como funciona o|hur fungerar \w+|hvordan virker \w+"
        r"|hvordan virker \w+|jak funguje \w+"
    ),
    # what this medicine is for: "na co se používá paralen", "le doliprane ça sert à quoi", "pra que serve dipirona"
    (
        r"(?:normally |usually |generally )?used for|what is \w+ for|sert a quoi|ca sert|(?:pra|para) que serve"
        r"|para que sirve|a cosa serve|a che serve|wofur (?:ist|nimmt man)|wozu (?:ist|nimmt man)|goed voor"
        r"|waarvoor (?:is|gebruik je)|na co se pouziva|na co je|do czego sluzy|na co jest|vad anvands|bra for"
        r"|hva brukes|hvad bruger man|hvad bruges|godt for|anvands \w+ till|brukes \w+ til|bruger man \w+ til"
    ),
    # how an illness spreads or how contagious it is, asked of anyone: "comment se transmet la varicelle"
    (
        r"(?:spread|spreads|transmitted|ubertragen|ansteckend|se transmet|contagieu\w*|se contagia|se transmite|contagios\w*"
        r"|si trasmette|si diffonde|contagios[oa]|overgedragen|besmettelijk|verspreidt|przenosi|rozprzestrzenia\w*|zarazliw\w*"
        r"|se apanha|smittar|smitter|smittes|smittsam\w*|smitsom\w*|smittsom\w*|sprider|spredes|sprer|siril\w*|siri se"
        r"|prenasi|nakazliv\w*)"
    ),
    r"(?:what(?:'s| is) the )?difference between",
    r"was ist der unterschied zwischen",
    r"(?:quelle est )?la difference entre",
    r"(?:cual es )?la diferencia entre",
    r"(?:qual e )?la differenza tra",
    # asked of people in general: adults, pregnant women, teenagers, what doctors say, what is usual or typical,
    # from which week, what one may take ("hvor mange panodil må man tage om dagen")
    (
        r"adult\w*|erwachsen\w*|volwassen\w*|vuxna|voksne|en voksen|doros\w+|dospel\w+|en vuxen"
        r"|(?:femmes|women|frauen|mujeres|donne|vrouwen|kobiet\w*|mulheres|kvinnor|kvinder|kvinner|zeny) (?:enceintes|pregnant"
        r"|schwangere|embarazadas|incinte|zwanger\w*|w ciazy|gravidas|gravida|gravide|tehotne)|schwangere|embarazadas"
    ),
    (
        r"teenagers?|jugendlich\w*|adolescent\w*|tieners|nastolat\w*|tonaring\w*|teenagere|tenaring\w*|dospivajic\w*"
        r"|(?:usual|typical|common|warning) signs|typische (?:anzeichen|symptome)|signes (?:typiques|avant-coureurs)"
        r"|(?:doctors|experts|arzte|medecins|medicos|medici|artsen|lekarze|lakare|laeger|leger|lekari) (?:say|recommend|sagen"
        r"|empfehlen|disent|recommandent|dicen|recomiendan|dicono|consigliano|zeggen|mowia|zalecaja|dizem|recomendam|sager"
        r"|anbefaler|rekommenderar|doporucuji)"
    ),
    (
        r"(?:ab )?welche[rn]? woche|a partir de (?:quelle|que) semaine|a partir de que semana|da quale settimana|vanaf welke week"
        r"|od ktorego tygodnia|fran vilken vecka|fra hvilken (?:uge|uke)|od kolikateho tydne|di solito|usually|normalerweise"
        r"|d'habitude|gewoonlijk|zwykle|vanligtvis|obvykle|zaleca sie|(?:ma|må|far|kan) man|man kann|on peut|se puede"
        r"|si puo|(?:ile razy|jak czesto) (?:dziennie )?mozna|pode-se|lze|pourquoi on"
    ),
    (
        r"(?:what are )?(?:the )?(?:usual |typical |common |first )?symptoms of|(?:was sind )?(?:die )?symptome (?:von|bei|einer?)"
        r"|(?:quels sont |c'est quoi )?les symptomes (?:typiques )?(?:de|du|des)|(?:cuales son )?los sintomas (?:de|del)"
        r"|(?:quali sono )?i sintomi (?:\w+ ){0,2}?(?:di|del|della|dell)|(?:wat zijn )?de symptomen van|(?:jakie sa )?objawy"
        r"|(?:quais sao )?os sintomas (?:\w+ ){0,2}?(?:de|da|do)|(?:vilka ar )?symptomen (?:pa|vid)|(?:hvad er )?symptomerne pa"
        r"|(?:hva er )?symptomene pa|(?:jake jsou )?priznaky"
        # "hva er vanlige symptomer på omgangssyke", "vilka är vanliga symptom på"
        r"|(?:vanlige|typiske|almindelige|vanliga|typiska) symptom(?:er)? pa"
    ),
    r"(?:che )?differenza c'e tra",
    r"c'est pareil que",
    r"what does (?:an? |the )?\w+ (?:actually |really |exactly )?do",
    # "hva er ventolin", "hvad er panodil egentlig": a short question about what a medicine is
    (
        r"(?:what is|what's|whats|was ist|c'est quoi|qu'est-ce que|que es|cos'e|cosa e|wat is|co to jest|o que e"
        r"|vad ar|hvad er|hva er|co je) (?:exactement |egentlig |egentligen |eigentlich |precies |exactly |actually )?"
        r"(?:le |la |l'|el |il |lo |het |de |o |a )?\w+(?: \w+)?(?: (?:egentlig|egentligen|eigentlich|exactement|exactly"
        r"|actually|precies|dokladnie|exatamente|vlastne))?\W*$"
    ),
    r"wat is het verschil tussen",
    r"jaka jest roznica (?:miedzy|pomiedzy)",
    r"qual (?:e )?a diferenca entre",
    r"vad ar skillnaden (?:mellan|pa)",
    r"hvad er forskellen pa",
    r"hva er forskjellen pa",
    r"jaky je rozdil mezi",
    # what a medicine is for, doses for an adult, children in general, the same thing or not
    r"k cemu (?:je|slouzi)",
    r"na co (?:jest|je|pomaga)",
    r"wofur (?:ist|sind|nimmt man)",
    r"a quoi sert",
    r"what is \w+ (?:for|good for|used for)",
    r"(?:vad ar \w+ (?:bra )?for|hva er \w+ (?:godt )?for|hvad er \w+ (?:godt )?for)",
    r"(?:dose (?:maximale?|maximum|max)|maximale dosis|dosis maxima|dose massima|maksymalna dawka|dose maxima|maxdos\w*|maksimal dose|maximalni davka)",
    r"(?:pour|for|fur|para|per|voor|dla|pro) (?:un |an |einen |een |um |en )?(?:adulte|adult|erwachsene\w*|adulto|volwassene|doroslego|dospeleho|vuxen|voksen)",
    r"(?:u|bei|chez les|en los|en|nei|bij|hos|u) (?:dzieci|kindern|enfants|ninos|bambini|kinderen|barn|deti)",
    r"(?:someone|somebody|a person|people) (?:with|who)",
    # a child in general: "när ett barn har hög feber", "inhalator dla 5-latka"
    (
        r"(?:a|an|ein|eine|einem|einer|un|una|une|een|ett|et|um|uma) (?:child|kid|baby|toddler|kind|kleinkind|enfant|bebe"
        r"|nino|nina|bambino|bambina|peuter|dziecko|dziecka|crianca|barn|bebis|baebi|dite|ditete)"
        r"|\d+[ -]?(?:latk\w*|year[ -]olds?|jahrige\w*|jarige\w*|aring\w*|arig\w*|letou\w*|lete\w*)"
    ),
    r"(?:the same (?:thing|as)|sao a mesma coisa|ist das gleiche|c'est la meme chose|es lo mismo|e la stessa cosa|is hetzelfde|to samo|ar samma|er det samme|je to same)",
    # whether a claim is true or a myth, and from what value: about people in general, not the speaker's health
    r"is it (?:really )?(?:true|a myth)",
    r"(?:stimmt es|ist es wahr|ab wie viel\w*)",
    r"(?:c'?est vrai qu\w*|est-ce vrai|est-ce un mythe)",
    r"(?:es|sera) (?:verdad|cierto|un mito)(?: que)?",
    r"(?:e|sara) vero(?: che)?",
    r"(?:klopt het|is het waar|is het een fabel)",
    r"czy (?:to )?prawda",
    r"(?:e|sera) verdade(?: que)?",
    r"(?:stammer det|ar det (?:sant|en myt))",
    r"(?:passer det|er det (?:rigtigt|sandt|en myte))",
    r"(?:stemmer det|er det (?:sant|en myte))",
    r"je (?:to )?pravda",
    # asked of anyone ("is it safe to take ibuprofen and paracetamol together", "kan man ta paracet og ibux"): a
    # fact about a medicine or an illness; with "I", "my" or a family word it stays the speaker's
    r"is it (?:safe|dangerous|ok|okay|bad|harmful) to (?:take|mix|combine|give)",
    r"can (?:you|one) (?:take|mix|combine)",
    r"how (?:many|much) (?:mg|milligrams?|grams?) (?:are|is) (?:in|there)",
    r"how long does (?:an? |the )?\w+(?: \w+)? (?:last|take)",
    r"(?:darf|kann) man",
    r"ist es (?:gefahrlich|sicher|schadlich) ",
    r"wie lange dauert (?:eine?|der|die|das)",
    r"(?:peut-on|est-ce qu'on peut|on peut)",
    r"est-ce (?:dangereux|grave|risque) de",
    r"combien de temps dure",
    r"se (?:puede|pueden) (?:tomar|mezclar|combinar)",
    r"es (?:peligroso|seguro|malo) (?:tomar|mezclar|combinar)",
    r"cuanto (?:tiempo )?dura",
    r"si (?:puo|possono) (?:prendere|assumere|mescolare)",
    r"e (?:pericoloso|sicuro) (?:prendere|assumere)",
    r"quanto dura",
    r"mag (?:je|men)",
    r"kun je \w+ (?:en|met) \w+",
    r"is het (?:gevaarlijk|veilig) om",
    r"hoe lang duurt",
    r"czy mozna (?:brac|laczyc|zazywac|przyjmowac)",
    r"jak dlugo trwa",
    r"(?:pode-se|e (?:perigoso|seguro)) (?:tomar|misturar)",
    r"quanto tempo dura",
    r"kan man (?:ta|tage|blanda|blande|kombinera|kombinere)",
    r"ar det (?:farligt|sakert|ok) att (?:ta|blanda)",
    r"er det (?:farligt|farlig|sikkert|trygt) (?:at|a) (?:tage|ta|blande)",
    r"hur lange (?:varar|ar man smittsam)",
    r"hvor lenge varer|hvor lange varer",
    r"(?:muze se|lze|da se) (?:\w+ )?(?:brat|kombinovat|michat)",
    # how long an illness or a pregnancy lasts, in weeks or days: "kolik týdnů trvá těhotenství", "ça dure combien"
    (
        r"(?:kolik|ile|how many|wie viele|combien de|cuantas|quante|hoeveel|quantas|hur manga|hvor mange) (?:tydnu|tygodni"
        r"|weeks|wochen|semaines|semanas|settimane|weken|veckor|uger|uker|dni|days|tage|jours|dias|giorni|dagen|dagar|dage"
        r"|dager) (?:trva|trwa|does|dauert|dure|dura|duurt|varar|varer|tem|lasts?)|dure combien"
    ),
    # what a medicine works against: "czy antybiotyk działa na wirusa grypy", "what helps against a cold"
    (
        r"(?:works?|helps?) (?:on|against)|wirkt (?:gegen|bei)|hilft (?:gegen|bei)|agit (?:sur|contre)|marche contre"
        r"|funciona contra|sirve contra|funziona contro|serve contro|werkt tegen|helpt tegen|dziala na|pomaga na"
        r"|fungerar mot|hjalper mot|hjaelper mod|virker mod|virker mot|hjelper mot|pusobi na|funguje na|pomaha na"
    ),
    # which device for it to buy: "what's the best glucometer to buy"
    r"(?:which|best) \w+(?: \w+){0,2} to buy",
    # the signs of an illness in anyone: "Quais são os sinais de que uma criança tem piolhos?"
    (
        r"(?:the )?signs (?:of|that)|anzeichen (?:von|fur|dass|einer?)|signes (?:de|d'|que)|senales de|segni di|tekenen van"
        r"|oznaki|sinais de|tecken pa|tegn pa|tegn (?:til|paa)|znamky"
    ),
    # "usually", as in "¿cuántos días suele tener que quedarse en casa un niño con varicela?"
    r"suele|suelen|costuma|costumam|meestal|brukar|plejer|pleier",
    # when a doctor's service is open: "Har legevakten i Trondheim åpent for barn i kveld?"
    (
        r"(?:open|offen|geoffnet|ouvert\w*|abiert\w*|apert[aeio]|otwart\w*|abert[ao]s?|oppet|apent|abent|otevren\w*)"
        r"(?: \w+){0,3}? (?:today|tonight|now|on sundays?|on saturdays?|this weekend|heute|sonntags?|samstags?|am wochenende"
        r"|aujourd'hui|ce soir|le dimanche|le samedi|dimanche|samedi|hoy|domingos?|sabados?|oggi|stasera|domenica|sabato"
        r"|vandaag|vanavond|zondag|zaterdag|dzis|w niedziel\w*|w sobot\w*|hoje|idag|i dag|pa sondag|pa lordag|ikvall"
        r"|i kveld|i aften|i weekenden|i helga|i helgen|dnes|v nedeli|v sobotu|at night|la nuit|de noche|di notte|w nocy"
        r"|a noite|pa natten|om natten|i natt|v noci)"
        r"|opening hours|offnungszeiten|horaires?|horarios?|orari|openingstijden|godziny otwarcia|oppettider|abningstider"
        r"|apningstider|oteviraci dob\w*"
    ),
    # a blank form or template: "en generel skabelon til en sygemelding … uden navne og uden sygdom"
    r"templates?|vorlage\w*|modele vierge|plantilla\w*|sjabloon|szablon\w*|skabelon\w*",
    # how an illness goes round a country or among animals: "Où en est l'épidémie de grippe en France", "ohniska
    # ptačí chřipky"
    (
        ANIMAL_DISEASES
        + r"|epidemi\w*|pandemi\w*|outbreaks?|focola\w*|surtos?|ausbruch\w*|uitbra\w*|ohnisk\w*|brotes?|foyers?"
        r"|ognisk\w* (?:ptasiej|choroby|pomoru)|utbrott\w*|udbrud\w*|utbrudd\w*|cases of|casi di|casos de"
        r"|cas de|falle von|fallzahlen|zachorowan\w*|tilfaelde af|tilfeller av|fall av|pripadu|krankheitswelle|grippewelle"
        r"|griepgolf|vague de|ola de|ondata di|situation|situazione|situacion|situacao|die lage|laget|laeget|situace"
        r"|sytuacj\w*"
    ),
    r"je (?:nebezpecne|bezpecne) (?:brat|kombinovat)",
    r"jak dlouho trva",
    r"(?:what(?:'s| is)|whats) (?:the )?(?:normal|healthy|average)",
    r"what does (?:an? |the )?\w+ do",
    r"what is \w+ used for",
    r"(?:que|qué) es el",
    r"para que (?:sirve|serve)",
    r"(?:cos'e|cosa e|che cos'e) (?:la|il|lo|l')",
    r"a cosa serve",
    r"wat doet (?:een |de |het )?\w+",
    r"(?:ab welchem|welcher) wert",
    r"jakie jest prawidlowe",
    r"co to jest",
    r"co je to",
    # how long an illness lasts or is catching, its side effects, how it spreads, whether a remedy helps, asked of
    # anyone: "how long are you contagious with norovirus", "effetti collaterali della tachipirina"
    r"how long does (?:an? |the )?\w+(?: \w+)? (?:usually |normally |typically )?(?:last|take)",
    r"how long (?:are you|is one|is someone|do you stay) (?:contagious|infectious)",
    r"(?:quanti giorni|quanto tempo) dura",
    r"jak dlouho (?:normalne |obvykle |vetsinou )?trva",
    (
        r"side effects|nebenwirkung\w*|effets? (?:secondaires?|indesirables?)|efectos (?:secundarios|adversos)"
        r"|effetti collaterali|bijwerking\w*|skutki uboczne|dzialania niepozadane|efeitos (?:secundarios|colaterais)"
        r"|biverkning\w*|bivirkning\w*|vedlejsi ucin\w*|nezadouci ucin\w*"
    ),
    r"(?:passa-se|pega-se|transmite-se|apanha-se) (?:pelo|pela|por)",
    r"(?:hjelper|hjalper|hjaelper) det (?:egentlig |egentligen |virkelig |verkligen )?(?:a|att|at|med|mot|mod)",
    r"(?:does|do) \w+(?: \w+)? (?:really |actually )?help (?:against|with|for)",
    r"samma sak|det samme|the same thing|hetzelfde",
    *NEWS_ABOUT,
    *WRITE_A_STORY,
)
# Who a story or the news may be about without being the household: family words make it personal.
# Children in the plural: coming home from school is the household's presence, but "chickenpox in children" is a
# topic, so these count only next to a word for coming or going.
CHILDREN = frozenset(
    [
        *(
            "children",
            "enfants",
            "ninos",
            "hijos",
            "ragazzi",
            "bambini",
            "figli",
            "kinderen",
            "dzieci",
        ),
        *(
            "dzieciaki",
            "criancas",
            "miudos",
            "filhos",
            "barnen",
            "bornene",
            "borna",
            "barna",
            "deti",
        ),
        # the Nordic "the kids": "har ungene kommet fram til det nye huset"
        *("ungene", "ungane", "ungerne", "ungarna"),
    ]
)
# Which one of the children: with one of the home's rooms, who was there ("which one of the kids has been in the
# kitchen after eleven").
WHICH_CHILD = frozenset(
    [
        *(
            "kids",
            "children",
            "kinder",
            "enfants",
            "ninos",
            "hijos",
            "bambini",
            "ragazzi",
            "figli",
            "kinderen",
        ),
        *(
            "dzieci",
            "criancas",
            "filhos",
            "miudos",
            "barnen",
            "bornene",
            "barna",
            "deti",
            "boys",
            "girls",
        ),
    ]
)
WHICH = frozenset(
    [
        *(
            "which",
            "welches",
            "welcher",
            "welche",
            "lequel",
            "laquelle",
            "lesquels",
            "cual",
            "quale",
            "welk",
        ),
        *(
            "welke",
            "ktore",
            "ktory",
            "ktora",
            "qual",
            "vilket",
            "vilken",
            "hvilket",
            "hvilken",
            "ktere",
            "ktery",
        ),
    ]
)
# Being or having been somewhere, for which one of them: "which of the kids has been in the kitchen".
BEEN = frozenset(
    [
        *(
            "been",
            "was",
            "is",
            "went",
            "gewesen",
            "war",
            "ist",
            "ete",
            "etait",
            "est",
            "estado",
            "estuvo",
            "esta",
        ),
        *(
            "stato",
            "stata",
            "era",
            "geweest",
            "byl",
            "byla",
            "bylo",
            "jest",
            "esteve",
            "varit",
            "var",
            "vaert",
        ),
    ]
)
FAMILY = frozenset(
    [
        # in-laws: "mis suegros siguen aquí o ya se fueron", "jsou tchánovci ještě doma"
        *(
            "in-laws",
            "inlaws",
            "schwiegereltern",
            "schwiegermutter",
            "schwiegervater",
            "beaux-parents",
            "belle-mere",
            "beau-pere",
            "suegros",
            "suegra",
            "suegro",
            "suoceri",
            "suocera",
            "suocero",
            "schoonouders",
            "schoonmoeder",
            "schoonvader",
            "tesciowie",
            "tesciowa",
            "tesc",
        ),
        *(
            "sogros",
            "sogra",
            "sogro",
            "svarforaldrar",
            "svarmor",
            "svarfar",
            "svigerforaeldre",
            "svigerforeldre",
            "svigermor",
            "svigerfar",
            "tchanovci",
            "tchyne",
            "tchan",
        ),
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "grandma",
        "granny",
        "grandpa",
        "grandmother",
        "grandfather",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "kid",
        "kids",
        "baby",
        "mama",
        "papa",
        "mutter",
        "vater",
        "mutti",
        "vati",
        # partners: "har kona mi kommet hjem", "is m'n vriend al thuis"
        "kona",
        "kone",
        "konen",
        "mannen",
        "mand",
        "hustru",
        "mulher",
        "manden",
        "sambo",
        "samboer",
        "samboeren",
        "kjaresten",
        "kaeresten",
        "flickvan",
        "pojkvan",
        "vriend",
        "vriendin",
        "oma",
        "opa",
        "sohn",
        "tochter",
        "frau",
        "mann",
        "bruder",
        "schwester",
        "kinder",
        "mamie",
        "papi",
        "maman",
        "papy",
        "fils",
        "fille",
        "femme",
        "mari",
        "frere",
        "soeur",
        "abuela",
        "abuelo",
        "abuelos",
        "nonni",
        "avos",
        "grandparents",
        "grosseltern",
        "grootouders",
        "dziadkowie",
        "prarodice",
        "besteforeldre",
        "bedsteforeldre",
        "madre",
        "padre",
        "hijo",
        "hija",
        "esposa",
        "marido",
        "hermano",
        "hermana",
        "nonna",
        "nonno",
        "figlio",
        "figlia",
        "moglie",
        "marito",
        "fratello",
        "sorella",
        "moeder",
        "vader",
        "zoon",
        "dochter",
        "vrouw",
        "broer",
        "zus",
        "babcia",
        "dziadek",
        "syn",
        "corka",
        "zona",
        "maz",
        "brat",
        "siostra",
        "avo",
        "mae",
        "pai",
        "filho",
        "filha",
        "irmao",
        "irma",
        "mormor",
        "farmor",
        "morfar",
        "farfar",
        "mamma",
        "pappa",
        "dotter",
        "fru",
        "bror",
        "syster",
        "mor",
        "far",
        "datter",
        "kone",
        "bror",
        "soster",
        "bestemor",
        "bestefar",
        "babicka",
        "deda",
        "mama",
        "tata",
        "dcera",
        "manzelka",
        "manzel",
        "sestra",
    ]
)
# Danish and Norwegian "hvor" is "how" before these ("hvor mye", "hvor mange", "hvor lenge").
HOW_MUCH = frozenset(
    {
        "mye",
        "meget",
        "mange",
        "lenge",
        "lang",
        "langt",
        "ofte",
        "gammel",
        "gamle",
        "stor",
        "store",
        "mykje",
        "mykkje",
        # how fast, how far, how warm: "ingrid lurer på hvor fort en gepard kan løpe"
        *(
            "fort",
            "hurtig",
            "hurtigt",
            "dyr",
            "dyrt",
            "varm",
            "varmt",
            "kald",
            "kaldt",
            "hoy",
            "hoj",
            "tung",
        ),
        *("tungt", "dyp", "dyb", "hoyt", "hojt", "tidlig", "sent", "sen"),
    }
)
# Idioms with a word for going or out: "hvordan gik det" (how did it go), "portare fuori la spazzatura" (take
# out the rubbish); the word before, then the cue word.
NOT_CUES_AFTER = frozenset(
    {
        # leave from work: "help me plan our parental leave"
        *(
            (kind, "leave")
            for kind in (
                "parental",
                "maternity",
                "paternity",
                "sick",
                "annual",
                "shared",
            )
        ),
        ("hvordan", "gik"),
        ("hvordan", "gikk"),
        ("hur", "gick"),
        ("portare", "fuori"),
        ("porta", "fuori"),
        ("buttare", "fuori"),
        ("butta", "fuori"),
        ("sacar", "fuera"),
        ("saca", "fuera"),
        ("hvor", "fort"),  # how fast; German "fort" is away
        ("hur", "fort"),
        ("pokoji", "u"),  # "v pokoji u Kláry": in Klára's room
        ("pokoj", "u"),
        # of work, not at work: "a ficha de trabalho do Leo", "un collègue de travail", "ropa de trabajo"
        ("de", "trabalho"),
        ("de", "travail"),
        ("de", "trabajo"),
        ("di", "lavoro"),
        # a test at school, not the workplace: "Mila schreibt eine Bio-Arbeit"
        ("eine", "arbeit"),
        *(
            (subject, "arbeit")
            for subject in (
                "bio",
                "mathe",
                "deutsch",
                "englisch",
                "chemie",
                "physik",
                "latein",
                "erdkunde",
                "geschichte",
                "klassen",
            )
        ),
        # a house bought or sold, not home: "quién paga qué cuando compras una casa", "quando se compra casa"
        *(
            (verb, "casa")
            for verb in (
                "una",
                "uma",
                "compra",
                "compras",
                "comprar",
                "vende",
                "vender",
                "vendo",
            )
        ),
    }
)
# "Out" is a cue only after going: "hvis mor går ud af hoveddøren", not "ta ut søpla" (take out the rubbish).
OUT_AFTER_GOING = {
    # alone: "Pablo se queda solo esta noche", "i bambini restano soli"
    **dict.fromkeys(
        ("solo", "sola", "solos", "solas", "soli", "sole"),
        frozenset(
            {
                "queda",
                "quedan",
                "quedo",
                "esta",
                "estan",
                "resta",
                "restano",
                "rimane",
                "rimangono",
                "sono",
            }
        ),
    ),
    **dict.fromkeys(("fue", "fueron", "marcho", "marcharon"), frozenset({"se", "ya"})),
    # gone: "javier se ha ido", "ya se han ido"
    "ido": frozenset({"ha", "han", "habia", "habian"}),
    # got up: "mamie s'est levée", "si è alzato il nonno", "ya se levantó", "is grandma up", "oma al uit bed"
    **dict.fromkeys(("leve", "levee"), frozenset({"est", "etait"})),
    **dict.fromkeys(
        ("alzato", "alzata", "alzati"), frozenset({"e", "si", "sono", "era", "sia"})
    ),
    "alza": frozenset({"si"}),
    **dict.fromkeys(("levantado", "levantada"), frozenset({"se", "ha", "han"})),
    "up": frozenset(
        {"got", "get", "gets", "getting", "woke", "wake", "wakes", "been", *FAMILY}
    ),
    "bed": frozenset({"of", "uit", "in"}),
    # with whom, not who: "z kim leo jest teraz na mieście", "s kým je teď leo", not "kim był bruno jasieński"
    "kim": frozenset({"z"}),
    "kym": frozenset({"s"}),
    "wem": frozenset({"mit", "bei"}),
    "bett": frozenset({"dem", "im"}),
    "opp": frozenset({"sto", "stod", "statt", *FAMILY}),
    "ud": frozenset({"gar", "gik", "gaet", "korte", "kort"}),
    "ut": frozenset({"gar", "gikk", "gick", "gatt", "dro", "drog", "kjorte", "korde"}),
    # at someone's, in Polish after being there ("czy Kuba jest jeszcze u pana Nowaka"), not "ospa wietrzna u dzieci";
    # in Czech always (see PRESENCE_CUES_IN)
    "u": frozenset(
        {"jest", "jeszcze", "nadal", "wciaz", "juz", "byl", "byla", "byli", "sa"}
    ),
    # "Marco è ancora dal signor Ferri", "Giulia è dalla nonna", not "è dal 2020 che gioca"
    **dict.fromkeys(
        ("dalla", "dai", "dalle", "dallo"),
        frozenset(
            {
                "e",
                "ancora",
                "sono",
                "rimasto",
                "rimasta",
                "rimasti",
                "sta",
                "stanno",
                "resta",
            }
        ),
    ),
    "dal": frozenset({"ancora", "rimasto", "rimasta", "rimasti", "resta"}),
    # "Mia è ancora da Giulia", not "ha ancora da fare"
    "da": frozenset({"ancora", "rimasto", "rimasta", "rimasti", "resta", "dorme"}),
}
# The cue word, then the word after: "Home Assistant" is no one's home.
NOT_CUES_BEFORE = frozenset(
    {("home", "assistant"), ("home", "office"), ("work", "out")}
    # a school night is an evening: "turn off Noah's PlayStation, it's a school night"
    | {("school", "night"), ("school", "nights")}
    # the stairs' landing: "turn the landing light off"
    | {("landing", "light"), ("landing", "lights"), ("landing", "lamp")}
    # left in a state, not gone: "the builders left it pitch black up there"
    | {("left", "it")}
    # still to do, not at someone's: "Mia ha ancora da fare i compiti"
    | {
        ("da", verb)
        for verb in (
            "fare",
            "finire",
            "studiare",
            "mangiare",
            "pagare",
            "leggere",
            "scrivere",
            "preparare",
            "pulire",
            "sistemare",
        )
    }
)
# "Volver a" before an infinitive is "again", not coming back: "Sam se la ha vuelto a dejar encendida".
AGAIN_BEFORE_A_VERB = frozenset(
    {
        "vuelto",
        "vuelve",
        "volvio",
        "vuelven",
        "volvieron",
        "voltou",
        "volta",
        "voltaram",
    }
)
# A quantity before "work": "hur mycket jobb det blir" is how much work, not the workplace.
QUANTITIES = frozenset(
    {
        "much",
        "lots",
        "viel",
        "viele",
        "beaucoup",
        "mucho",
        "molto",
        "veel",
        "duzo",
        "muito",
        "mycket",
        "mye",
    }
    | {"meget", "hodne", "moc", "tolik", "too"}
)
# The Nordic "somebody" that is "any" before a noun ("er nogen kontakter tændt", "är någon brytare på"), unless a
# verb, a place or a word for home follows it ("er nogen hjemme", "är någon där").
ANY_BEFORE_A_NOUN = frozenset({"nogen", "noen", "nagon", "nogon", "nogle", "noget"})
SOMEBODY_FOLLOWERS = frozenset(
    {
        "er",
        "ar",
        "har",
        "hjemme",
        "hemma",
        "der",
        "dar",
        "her",
        "hit",
        "inne",
        "ude",
        "ute",
        "i",
        "pa",
        "kommet",
    }
    | {
        "kommit",
        "gatt",
        "gaet",
        "vaken",
        "vagen",
        "vaagen",
        "oppe",
        "uppe",
        "hjem",
        "hem",
        "igen",
        "fortsatt",
        "stadig",
        "kvar",
        "igjen",
        "tilbage",
        "tilbake",
    }
    | {"som", "home"}
)
# Possessive words before a name: "her gym bag", "sa chambre".
OWNERS = frozenset(
    {
        "my",
        "his",
        "her",
        "their",
        "our",
        "sein",
        "seine",
        "ihr",
        "ihre",
        "son",
        "sa",
        "ses",
        "su",
        "sus",
        "suo",
        "sua",
    }
    | {
        "zijn",
        "haar",
        "jego",
        "jej",
        "seu",
        "sua",
        "hans",
        "hennes",
        "hendes",
        "sin",
        "sitt",
        "jeho",
        "jeji",
    }
)
# In one's own room: "hur länge har oskar suttit på sitt rum", "ist Lena in ihrem Zimmer".
IN_OWN_ROOM = (
    r"(?:in|auf|dans|en|nella|nel|op|w|no|na|pa|ve|i) (?:his|her|their|seinem|ihrem|sa|su|sua|zijn|haar|swoim|seu|sitt"
    r"|sit|svem|svym) (?:own )?(?:room|bedroom|zimmer|schlafzimmer|chambre|cuarto|habitacion|dormitorio|camera"
    r"|cameretta|stanza|kamer|slaapkamer|pokoju|sypialni|quarto|rum|sovrum|rom|soverom|vaerelse|sovevaerelse|pokoji"
    r"|loznici)"
)
# The people who look after the home or the children: whether the nanny has left is the household's presence.
CARERS = frozenset(
    [
        # dog sitters and cleaners, and their declined forms
        *(
            "dogsitter",
            "dogsitterka",
            "sitterka",
            "hundesitter",
            "hundepasser",
            "hundepasseren",
            "hondenoppas",
            "paseador",
            "passeador",
            "hundvakt",
            "hundvakten",
            "hundelufter",
            "hundeluftaren",
            "uklizecka",
            "limpieza",
            "uklid",
            "putzfrau",
            "limpeza",
            "pulizie",
            "sprzatajaca",
            "menage",
            "schoonmaker",
        ),
        *(
            "nanny",
            "babysitter",
            "babysitterin",
            "sitter",
            "aupair",
            "cleaner",
            "housekeeper",
            "carer",
            "caregiver",
        ),
        *(
            "putzhilfe",
            "haushaltshilfe",
            "tagesmutter",
            "pflegerin",
            "pfleger",
            "nounou",
        ),
        *(
            "baby-sitter",
            "ninera",
            "canguro",
            "asistenta",
            "cuidadora",
            "colf",
            "badante",
            "oppas",
        ),
        *(
            "schoonmaakster",
            "werkster",
            "niania",
            "opiekunka",
            "sprzataczka",
            "ama",
            "empregada",
        ),
        *(
            "barnvakt",
            "barnvakten",
            "staderskan",
            "stadaren",
            "babysitteren",
            "barnepige",
            "barnepigen",
        ),
        *(
            "rengoringsdamen",
            "barnevakt",
            "barnevakten",
            "vaskehjelpen",
            "chuva",
            "hlidacka",
        ),
        # nurses and home care: "a que horas é que a enfermeira saiu"
        *(
            "enfermeira",
            "enfermera",
            "infirmiere",
            "infirmier",
            "infermiera",
            "infermiere",
            "krankenschwester",
            "pflegekraft",
            "pflegedienst",
            "verpleegster",
            "verpleegkundige",
            "thuiszorg",
            "pielegniarka",
        ),
        *(
            "sjukskoterskan",
            "hemtjansten",
            "sygeplejersken",
            "hjemmeplejen",
            "hjemmesykepleien",
            "sykepleieren",
            "sestricka",
            "pecovatelka",
        ),
    ]
)
# Guests, lodgers and workmen: "when did the holiday let guests check out", "sind die handwerker heute rein"
VISITORS = frozenset(
    {
        *("vacanciers", "gosci"),
        *(
            "guests",
            "visitors",
            "airbnb",
            "lodgers",
            "workmen",
            "builders",
            "handwerker",
            "gaste",
            "besucher",
        ),
        *(
            "invites",
            "huespedes",
            "ospiti",
            "gasten",
            "logees",
            "goscie",
            "hospedes",
            "gasterna",
            "gaesterne",
        ),
        *(
            "gjestene",
            "hoste",
            "hosti",
            "navstevnici",
            "remeslnici",
            "fachowcy",
            "operai",
            "obreros",
        ),
    }
)
# Words for having left, arrived or still being here, for visitors and carers ("is the babysitter still here")
STILL_OR_GONE = frozenset(
    {
        *(
            "wymeldowali",
            "wymeldowal",
            "wymeldowala",
            "tjekkede",
            "tjekket",
            "repartis",
        ),
        *(
            "left",
            "gone",
            "still",
            "checked",
            "checkout",
            "check-out",
            "arrived",
            "rein",
            "raus",
            "noch",
        ),
        *(
            "abgereist",
            "partis",
            "parti",
            "partie",
            "encore",
            "fueron",
            "marcharon",
            "siguen",
            "todavia",
        ),
        *(
            "llegaron",
            "andati",
            "partiti",
            "ancora",
            "arrivati",
            "vertrokken",
            "nog",
            "aangekomen",
            "wyjechali",
        ),
        *(
            "wyszli",
            "jeszcze",
            "przyjechali",
            "foram",
            "sairam",
            "ainda",
            "chegaram",
            "kvar",
            "akt",
            "checkade",
            "checkat",
        ),
        *(
            "stadig",
            "rejst",
            "fortsatt",
            "reist",
            "dratt",
            "checket",
            "jeste",
            "odjeli",
            "odesli",
            "prijeli",
        ),
    }
)
# Pets: "my dog keeps scratching his ear" is the dog's health, not a person's, unless the speaker says "I".
PETS = frozenset(
    [
        # the vet: "do której otwarta jest dziś przychodnia weterynaryjna"
        *(
            "vet",
            "vets",
            "veterinary",
            "tierarzt",
            "tierarztin",
            "tierklinik",
            "veterinaire",
            "veterinario",
        ),
        *(
            "veterinaria",
            "dierenarts",
            "dierenkliniek",
            "weterynarz",
            "weterynaryjna",
            "weterynaryjny",
        ),
        *(
            "veterinar",
            "veterinaren",
            "dyrlaege",
            "dyrlaegen",
            "dyrlege",
            "dyrlegen",
            "veterinarni",
        ),
        *(
            "dog",
            "dogs",
            "puppy",
            "cat",
            "cats",
            "kitten",
            "rabbit",
            "bunny",
            "hamster",
            "parrot",
            "horse",
            "pony",
        ),
        *(
            "hund",
            "hunde",
            "hundes",
            "katze",
            "kater",
            "kaninchen",
            "hase",
            "pferd",
            "welpe",
            "chien",
            "chienne",
        ),
        *(
            "chat",
            "chaton",
            "lapin",
            "cheval",
            "perro",
            "perra",
            "perrito",
            "gato",
            "gata",
            "conejo",
            "caballo",
        ),
        *(
            "cane",
            "cagnolino",
            "gatto",
            "gattino",
            "coniglio",
            "cavallo",
            "hond",
            "hondje",
            "kat",
            "poes",
            "konijn",
        ),
        *(
            "paard",
            "pies",
            "kot",
            "kota",
            "kotem",
            "krolik",
            "kon",
            "cao",
            "cachorro",
            "coelho",
        ),
        *(
            "cavalo",
            "hunden",
            "katt",
            "katten",
            "kanin",
            "kaninen",
            "hast",
            "hasten",
            "hunden",
            "katten",
            "hest",
        ),
        *(
            "hesten",
            "pes",
            "kocka",
            "kocicka",
            "kralik",
            "kun",
            "morce",
            "marsvin",
            "cavia",
            "meerschweinchen",
        ),
        # young animals: "vänja valpen", "le chiot", "lo štěně"
        *(
            "puppies",
            "kittens",
            "welpen",
            "chiot",
            "chiots",
            "cachorros",
            "cucciolo",
            "cuccioli",
            "pup",
            "puppy's",
        ),
        *(
            "szczeniak",
            "szczeniaka",
            "kociak",
            "filhote",
            "valp",
            "valpen",
            "hvalp",
            "hvalpen",
            "stene",
            "kote",
        ),
    ]
)
PETS_ONLY_IN = {
    "chat": frozenset({"fr"}),  # English "chat"
    "hast": frozenset({"sv"}),  # German "hast"
    "hasten": frozenset({"sv"}),
    "kon": frozenset({"pl"}),
    "pes": frozenset({"cs"}),
    "kat": frozenset({"nl", "da"}),
    "kun": frozenset(
        {"cs"}
    ),  # Czech "kůň" (a horse); Dutch "kun" (can), Nordic "kun" (only)
}
# How long a pet may stay alone, or getting it used to it: a question about the animal, nobody's whereabouts
# ("hur länge kan en kanin vara ensam hemma", "vänja valpen vid att vara ensam hemma").
PET_LEFT_ALONE = (
    r"how long|get (?:\w+ )?used to|wie lange|gewohn\w*|combien de temps|habituer|cuanto tiempo|acostumbr\w*"
    r"|quanto tempo|abitua\w*|hoe lang|wennen|jak dlugo|przyzwycza\w*|habitua\w*|hur lange|vanja|hvor lenge"
    r"|hvor laenge|venne|vaenne|jak dlouho|navyk\w*|zvyk\w*"
)
# A doctor's practice, its opening hours and what would make it more than that: "What are my GP surgery's opening
# hours on Friday?" asks when a place is open; "my doctor's appointment on Friday" is the speaker's health.
DOCTORS_PRACTICE = (
    r"(?:my |our |the )?(?:doctor'?s?|gp'?s?|gp surgery|surgery|(?:haus|kinder ?)?arzt\w*|arztpraxis|praxis|(?:mon |le )?medecin"
    r"(?: traitant| generaliste)?|cabinet|medic[oa](?: di base| de (?:familia|cabecera))?|studio medico|consultorio"
    r"|ambulatorio|huisarts\w*|praktijk|lekar\w*(?: rodzinn\w*)?|przychodni\w*|centro de sau?de|centro de salud"
    r"|(?:egen |min )?l(?:a|ae|e)ge\w*|legekontor\w*|lakare\w*|vardcentral\w*|lekar\w*|prakticka lekark\w*|ordinac\w*"
    r"|poliklinik\w*)"
)
PRACTICE_HOURS = (
    r"opening hours|office hours|consultation hours|open|opens|offen|geoffnet|offnet|sprechstunde\w*|sprechzeit\w*"
    r"|offnungszeit\w*|ouvert\w*|ouvre|horaires?|abre|abierto|horarios?|aperto|apre|orari|geopend|openingstijden"
    r"|spreekuur|otwart\w*|otwiera\w*|czynn\w*|przyjmuje|godzin\w*|aberto|a que horas|oppet|oppettider|abent|aben|abningstid\w*"
    r"|telefontid|apent|apner|apningstid\w*|otevreno|otevira|oteviraci\w*|ordinuje|ordinacni hodiny"
)
# A health sensor's own upkeep: its battery, its connection, its firmware ("Är sängsensorn ansluten till wifi?").
HEALTH_SENSORS = r"(?:\w*sensor\w*|capteur\w*|czujnik\w*|senzor\w*|\w*tracker\w*|monitor\w*|oura\w*|withings)"
DEVICE_UPKEEP = (
    r"batter\w*|akku\w*|wifi|wi-fi|wlan|online|offline|connected|verbunden|ansluten|tilkoblet|forbundet|conectad\w*"
    r"|connect\w*|collegat\w*|polaczon\w*|pripojen\w*|firmware|signal|pairing|gekoppelt|jumelage|emparejad\w*"
)
# An appointment, a result or a prescription: the speaker's own care, not the practice's hours.
OWN_CARE = (
    r"appointments?|termin\w*|rendez-vous|rdv|cita|citas|appuntament\w*|visita|afspraak|wizyt\w*|consulta|tid hos"
    r"|tid till|time hos|time til|aftale|objedn\w*|results?|ergebnis\w*|resultat\w*|prescriptions?|rezept\w*"
    r"|ordonnance|receta|ricetta|recept\w*|befund\w*|vaccin\w*|impf\w*|blood|blut|sang|sangre|sangue|krev|krew"
)
# The speaker as the subject: with these, a pet's health may still be the speaker's own ("I got bitten by the dog").
SPEAKER = frozenset(
    [
        "i",
        "i'm",
        "i've",
        "ich",
        "je",
        "j'ai",
        "yo",
        "io",
        "ik",
        "eu",
        "jag",
        "jeg",
        "ja",
    ]
)
SPEAKER_ONLY_IN = {"ja": frozenset({"pl", "cs"}), "je": frozenset({"fr"})}

# Family words that are other words elsewhere: Czech "brát" (take), English "far" and French "son" (his), the
# Spanish, Italian and Portuguese "zona" (zone), the Nordic "mor" in other languages.
FAMILY_ONLY_IN = {
    "vriend": frozenset({"nl"}),
    "vriendin": frozenset({"nl"}),
    "vader": frozenset({"nl"}),  # Swedish "väder" is the weather
    "mannen": frozenset({"sv", "da", "nb"}),
    "mand": frozenset({"da"}),  # "er min mand kommet hjem"
    "hustru": frozenset({"sv"}),
    "mulher": frozenset({"pt"}),  # "a minha mulher já saiu"
    "brat": frozenset({"pl"}),
    "far": frozenset({"sv", "da", "nb"}),
    "mor": frozenset({"sv", "da", "nb"}),
    "son": frozenset({"en"}),
    "zona": frozenset({"pl"}),
}

# "Me" as the object ("explain to me", "erklär mir"): the speaker is addressed, nothing of theirs is said.
FIRST_PERSON_OBJECTS = frozenset(
    ["me", "mir", "mich", "moi", "mnie", "meg", "mig", "mne"]
)
# Medicines that speech-to-text splits in two ("alve don", "doli prane", "anti biotica", "ben uron"), as one word.
SPLIT_MEDICINES = frozenset(
    {
        *("alvedon", "panodil", "paracet", "ibumetin", "ibuprofen", "ibuprofeno"),
        *(
            "paracetamol",
            "paracetamolo",
            "doliprane",
            "efferalgan",
            "dafalgan",
            "nurofen",
            "calpol",
            "benuron",
        ),
        *(
            "sintrom",
            "antibiotica",
            "antibiotika",
            "antibiotics",
            "antibiotico",
            "antibiotici",
            "antibiotique",
        ),
        *(
            "antibiotiques",
            "antybiotyk",
            "antibiotikum",
            "tachipirina",
            "brufen",
            "paralen",
            "ibalgin",
        ),
        *(
            "xarelto",
            "eliquis",
            "marevan",
            "warfarin",
            "metformin",
            "ventolin",
            "concerta",
            "ritalin",
        ),
        *(
            "medikinet",
            "elvanse",
            "pantoprazol",
            "omeprazol",
            "amoxicillin",
            "augmentin",
            "voltaren",
        ),
        *(
            "aspirin",
            "aspirina",
            "nolotil",
            "gelocatil",
            "enantyum",
            "ketonal",
            "pyralgina",
            "zyrtec",
        ),
        *(
            "claritin",
            "aerius",
            "cetirizin",
            "cetirizine",
            "loratadin",
            "euthyrox",
            "levothyrox",
            "thyrax",
        ),
        *(
            "letrox",
            "sertralin",
            "sertraline",
            "citalopram",
            "fluoxetin",
            "prozac",
            "zoloft",
            "lexapro",
        ),
        *(
            "valium",
            "stilnox",
            "zolpidem",
            "melatonin",
            "melatonine",
            "insulin",
            "insuline",
        ),
        *("insulina", "lantus", "novorapid", "humalog", "ozempic", "wegovy", "ibuprom"),
    }
)
