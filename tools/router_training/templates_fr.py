"""French training templates and slot values."""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "room": ["salon", "cuisine", "chambre", "salle de bain", "bureau", "couloir", "cave", "garage", "jardin", "salle à manger", "chambre des enfants", "chambre d'amis", "entrée", "grenier"],
    "item": ["lait", "oeufs", "pain", "beurre", "café", "bananes", "pommes", "papier toilette", "huile d'olive", "riz", "pâtes", "tomates", "fromage", "yaourts", "piles"],
    "list": ["liste de courses", "liste des tâches", "liste de bricolage"],
    "store": ["le carrefour", "le leclerc", "la pharmacie", "la boulangerie", "la poste", "ikea", "le marché", "la médiathèque", "la mairie", "le monoprix"],
    "appliance": ["machine à laver", "lave-vaisselle", "sèche-linge", "aspirateur robot", "four", "pompe à chaleur"],
    "writing": ["une lettre de résiliation pour mon abonnement", "un discours pour le mariage de mon frère", "une histoire pour endormir les enfants", "une lettre de motivation pour un poste de comptable", "un poème pour la fête des mères", "un mail à mon propriétaire pour la fuite"],
    "compare": ["une pompe à chaleur et une chaudière à gaz", "une voiture électrique et une hybride", "louer et acheter", "zigbee et wifi", "un poêle à granulés et une pompe à chaleur"],
}

TEMPLATES: dict[str, list[str]] = {
    "device_control": [
        "allume la lumière du {room}", "éteins la lumière de la {room}", "éteins toutes les lumières", "allume la lampe du {room}", "baisse le chauffage de deux degrés",
        "mets le chauffage à {temp} degrés", "ferme les volets du {room}", "ouvre les volets", "ferme la porte du garage", "verrouille la porte d'entrée", "lance la {appliance}",
        "règle la lumière du {room} à {pct} pour cent", "active la scène cinéma", "allume la télé", "allume la cafetière", "monte le store à moitié",
    ],
    "state_query": ["est-ce que la porte du garage est fermée", "la {appliance} a fini", "est-ce que le four est allumé", "il y a des fenêtres ouvertes", "quelles lumières sont allumées", "combien les panneaux solaires ont produit aujourd'hui"],
    "sensor_query": ["quelle est la température dans la {room}", "quelle est la température du {room}", "quel est le taux d'humidité dans la {room}", "il fait combien dehors", "quelle est la qualité de l'air dans le {room}"],
    "timer": ["mets un minuteur de {n} minutes", "minuteur {n} minutes pour le gâteau", "réveille-moi à {time}", "mets une alarme à {time}", "rappelle-moi dans {n} minutes de sortir le linge", "combien de temps reste-t-il sur le minuteur", "annule le minuteur"],
    "list": ["ajoute {item} à la {list}", "mets {item} et {item} sur la {list}", "enlève {item} de la {list}", "qu'est-ce qu'il y a sur la {list}", "lis-moi la {list}"],
    "media": ["mets du jazz dans le {room}", "mets la musique en pause", "chanson suivante", "mets la radio", "monte le son"],
    "small_talk": ["bonjour", "bonsoir", "bonne nuit", "salut", "comment ça va", "merci", "raconte-moi une blague", "tu es génial", "au revoir", "ça va"],
    "general_knowledge": ["qui a écrit le petit prince", "qui a peint la joconde", "quelle est la capitale de l'australie", "combien de pattes a une araignée", "que veut dire éphémère", "en quelle année est tombé le mur de berlin", "c'est quoi un kilowattheure", "quelle est la plus haute montagne de france"],
    "unit_conversion": ["combien de cuillères à soupe dans {n} ml", "combien de centimètres dans un pouce", "convertis {n} miles en kilomètres", "combien de grammes dans une livre", "combien font {n} fahrenheit en celsius"],
    "arithmetic": ["combien font {n} fois {n}", "combien font {n} plus {n}", "combien font {pct} pour cent de {n}", "combien font {n} divisé par {n}"],
    "weather_home": ["quel temps fait-il aujourd'hui", "est-ce qu'il va pleuvoir demain", "il va geler cette nuit", "j'ai besoin d'un parapluie aujourd'hui", "quelle est la météo pour ce soir", "il fera chaud demain"],
    "personal": ["c'est quand l'anniversaire de maman", "c'est quand notre anniversaire de mariage", "qu'est-ce que j'ai dans l'agenda aujourd'hui", "quand passent les poubelles", "comment s'appelle notre vétérinaire"],
    "code": ["écris un script {lang_name} qui renomme mes photos par date", "écris une fonction {lang_name} qui lit un fichier csv", "mon script {lang_name} plante avec une erreur de type pourquoi", "écris une config esphome pour un capteur de température"],
    "automation_authoring": ["écris une automatisation qui allume l'entrée quand la porte s'ouvre", "crée une automatisation home assistant qui ferme les volets quand il fait chaud", "fais-moi une automatisation qui me prévient quand la {appliance} a fini", "écris un script yaml qui éteint tout à minuit"],
    "long_form": ["écris {writing}", "peux-tu m'aider à rédiger {writing}", "rédige {writing}", "tu peux écrire {writing}", "résume ce texte en trois phrases"],
    "analysis": ["analyse notre consommation d'électricité ce mois-ci et dis-moi où économiser", "combien économiserait-on par an en lançant le lave-vaisselle la nuit à {n} centimes au lieu de {n}"],
    "comparison": ["compare {compare}", "quels sont les avantages et les inconvénients d'{compare}", "qu'est-ce qui est mieux pour nous {compare}"],
    "troubleshooting": ["pourquoi il y a de la condensation sur les fenêtres de la {room} et que faire", "pourquoi mon wifi coupe tous les soirs", "pourquoi ma pompe à chaleur s'arrête sans cesse et que vérifier", "pourquoi mon pain ne lève pas bien en hiver"],
    "planning": ["organise un week-end à {city} pour deux", "fais un planning de repas pour la semaine", "prépare un programme d'entraînement pour un dix kilomètres", "planifie notre déménagement étape par étape"],
    "explanation": ["explique-moi pas à pas comment calculer la rentabilité de panneaux solaires", "explique-moi en détail comment fonctionne un crédit immobilier"],
    "news": ["quelles sont les dernières nouvelles", "quoi de neuf dans l'actualité", "qu'a annoncé le gouvernement ce matin", "des nouvelles de la grève", "que se passe-t-il à {city}"],
    "sports": ["qui a gagné le match du {team} hier soir", "le {team} a gagné", "qui a gagné {event}", "quand joue le {team}", "qui mène {event}", "comment a fini {athlete}"],
    "prices": ["quel est le cours de l'action {stock}", "combien vaut le {crypto}", "combien coûte l'essence en ce moment", "quel est le taux de change euro dollar", "prix de l'électricité aujourd'hui", "combien coûte l'or aujourd'hui"],
    "local_business": ["{store} est ouverte le dimanche", "à quelle heure ferme {store} ce soir", "à quelle heure ouvre {store} demain", "est-ce que {store} est ouvert aujourd'hui", "quels films passent au cinéma ce soir"],
    "weather_remote": ["quel temps fait-il à {city}", "quel temps fera-t-il à {city} demain", "il pleut à {city}", "quelle est la météo à {city} ce week-end", "il fait combien à {city} en ce moment"],
    "release_info": ["quand sort la nouvelle saison de {show}", "le nouveau {product} est sorti", "quand sort le nouvel album de {artist}"],
    "traffic_travel": ["comment est la circulation sur le périphérique", "mon train pour {city} est à l'heure", "il y a des bouchons vers {city}"],
    "web_lookup": ["cherche des avis sur {brand_item}", "y a-t-il un rappel pour {brand_item}"],
}
