"""Slot values for the training templates, shared and per language."""

from __future__ import annotations

SHARED: dict[str, list[str]] = {
    "city": [
        "paris", "london", "madrid", "rome", "vienna", "zurich", "prague", "oslo", "lisbon", "porto", "dublin", "edinburgh", "boston", "miami",
        "chicago", "seattle", "new york", "san francisco", "los angeles", "sydney", "toronto", "vancouver", "bruges", "bordeaux", "leipzig",
        "dresden", "cologne", "frankfurt", "stuttgart", "bremen", "hannover", "rotterdam", "groningen", "eindhoven", "antwerp", "ghent", "brussels",
        "valencia", "bilbao", "malaga", "granada", "toulouse", "marseille", "nantes", "strasbourg", "lille", "torino", "napoli", "bologna",
        "firenze", "venezia", "palermo", "genova", "copenhagen", "stockholm", "helsinki", "warsaw", "krakow", "budapest", "athens", "istanbul",
        "dubai", "bangkok", "singapore", "seoul", "mexico city", "buenos aires", "cape town", "reykjavik", "innsbruck", "salzburg", "graz",
        "basel", "geneva", "lucerne", "nuremberg", "freiburg", "aachen", "delft", "haarlem", "leiden", "nijmegen", "zwolle", "arnhem",
        "montpellier", "rennes", "grenoble", "annecy", "biarritz", "cadiz", "zaragoza", "alicante", "verona", "padova", "trieste", "bari",
        "lecce", "cagliari", "austin", "nashville", "atlanta", "dallas", "houston", "orlando", "las vegas", "honolulu", "anchorage", "montreal",
        "quebec", "glasgow", "manchester", "liverpool", "bristol", "cardiff", "cornwall", "mallorca", "tenerife", "crete", "the alps", "the dolomites",
    ],
    "team": [
        "bayern", "dortmund", "schalke", "werder", "union berlin", "ajax", "psv", "feyenoord", "az", "real madrid", "barca", "atletico", "sevilla",
        "betis", "juve", "juventus", "inter", "milan", "napoli", "roma", "lazio", "psg", "marseille", "lyon", "lille", "arsenal", "chelsea",
        "liverpool", "man city", "man united", "tottenham", "newcastle", "celtic", "the lakers", "the celtics", "the knicks", "the warriors",
        "the bulls", "the yankees", "the red sox", "the dodgers", "the cubs", "the packers", "the chiefs", "the eagles", "the cowboys",
        "the bruins", "the maple leafs", "the all blacks", "germany", "spain", "france", "italy", "the netherlands", "england", "belgium",
    ],
    "athlete": [
        "verstappen", "hamilton", "leclerc", "norris", "alonso", "sainz", "pogacar", "vingegaard", "alcaraz", "sinner", "djokovic", "nadal",
        "swiatek", "sabalenka", "mbappe", "haaland", "messi", "ronaldo", "lebron", "curry", "ohtani", "van der poel", "van aert", "kipchoge",
    ],
    "event": [
        "the tour de france", "the giro", "wimbledon", "roland garros", "the us open", "the champions league", "the world cup", "the euros",
        "the grand prix", "the super bowl", "the nba finals", "the world series", "the marathon", "the six nations", "the masters", "the bundesliga",
        "la liga", "serie a", "the eredivisie", "the premier league", "ligue 1", "the olympics", "the ryder cup", "the vuelta",
    ],
    "stock": [
        "apple", "tesla", "nvidia", "microsoft", "amazon", "alphabet", "meta", "netflix", "siemens", "sap", "asml", "airbus", "lvmh", "ferrari",
        "eni", "santander", "inditex", "volkswagen", "bmw", "mercedes", "adidas", "philips", "shell", "unilever", "nestle", "novartis", "renault",
        "stellantis", "telefonica", "enel", "intel", "amd", "the dax", "the s and p 500", "the nasdaq", "the aex", "the ftse", "the cac 40",
    ],
    "crypto": ["bitcoin", "ethereum", "solana", "dogecoin", "xrp", "cardano", "litecoin", "polkadot", "btc", "eth"],
    "currency": ["the euro", "the dollar", "the pound", "the yen", "the swiss franc", "the krona", "the zloty"],
    "show": [
        "stranger things", "the bear", "the last of us", "house of the dragon", "the mandalorian", "wednesday", "squid game", "the crown",
        "succession", "the boys", "bridgerton", "fallout", "shogun", "dune", "the witcher", "slow horses", "the white lotus", "andor",
    ],
    "product": [
        "iphone", "pixel", "galaxy", "playstation", "xbox", "switch", "zelda", "gta", "mario kart", "steam deck", "macbook", "ipad",
        "apple watch", "airpods", "kindle", "model y", "id buzz", "fairphone", "raspberry pi", "home assistant release", "firefox", "ubuntu",
    ],
    "artist": [
        "taylor swift", "beyonce", "coldplay", "adele", "ed sheeran", "billie eilish", "dua lipa", "rosalia", "stromae", "maneskin",
        "rammstein", "metallica", "the rolling stones", "drake", "kendrick lamar", "harry styles", "olivia rodrigo", "bad bunny",
    ],
    "brand_item": [
        "the bosch serie 8 dishwasher", "the dyson v15", "the roborock s8", "the miele washing machine", "the samsung frame tv", "the sonos era 100",
        "the philips hue starter kit", "the ecobee thermostat", "the ikea dirigera hub", "the shelly plus 1", "the aqara door sensor",
        "the kia ev6", "the vw id 4", "the tesla model 3", "the nest doorbell", "the eufy robot vacuum", "the daikin heat pump",
        "the ninja air fryer", "the breville espresso machine", "the garmin forerunner", "the kobo clara",
    ],
    "n": ["2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "15", "18", "20", "25", "30", "40", "45", "50", "60", "75", "90", "100", "250", "500"],
    "temp": ["17", "18", "19", "19.5", "20", "20.5", "21", "21.5", "22", "23", "24", "16", "15"],
    "pct": ["10", "20", "25", "30", "40", "50", "60", "70", "75", "80", "100"],
    "lang_name": ["python", "javascript", "typescript", "bash", "rust", "go", "java", "c sharp", "php", "powershell", "sql", "kotlin"],
    "time": ["6", "6:30", "7", "7:15", "8", "9", "10", "11", "noon", "half past seven", "quarter to eight", "5 pm", "10 pm", "1 am"],
    "unit_q": ["350 fahrenheit", "180 celsius", "5 miles", "10 kilometers", "3 pounds", "2 kilos", "12 ounces", "a gallon", "2 liters", "6 feet", "30 centimeters", "3 inches", "a pint", "100 yards"],
    "unit_to": ["celsius", "fahrenheit", "kilometers", "miles", "kilograms", "pounds", "grams", "milliliters", "cups", "liters", "meters", "inches", "feet"],
}

EN: dict[str, list[str]] = {
    "room": [
        "living room", "kitchen", "bedroom", "master bedroom", "bathroom", "office", "hallway", "garage", "basement", "attic", "nursery",
        "dining room", "guest room", "kids room", "laundry room", "porch", "patio", "den", "study", "landing", "upstairs", "downstairs",
        "garden", "driveway", "front room", "back room", "playroom", "utility room", "loft", "conservatory", "entrance", "stairs", "toilet",
        "shed", "workshop", "gym", "sauna", "balcony", "terrace", "hall",
    ],
    "light": ["lights", "light", "lamp", "ceiling light", "floor lamp", "led strip", "spotlights", "pendant", "reading lamp", "fairy lights", "night light", "wall lights"],
    "switchable": [
        "ceiling fan", "heater", "tv", "television", "speaker", "dehumidifier", "air purifier", "coffee machine", "kettle", "fan", "radiator",
        "space heater", "towel rail", "air conditioning", "ac", "humidifier", "soundbar", "projector", "printer", "boiler", "pool pump",
        "hot tub", "sprinklers", "irrigation", "fountain", "christmas tree", "electric blanket", "floor heating", "extractor fan", "router",
    ],
    "cover": ["blinds", "shutters", "curtains", "roller shutter", "awning", "garage door", "gate", "skylight", "velux window", "sunshade"],
    "appliance": ["washing machine", "dishwasher", "dryer", "oven", "robot vacuum", "robot mower", "car", "heat pump", "boiler", "fridge", "freezer", "bread maker", "air fryer", "slow cooker", "ev charger"],
    "sensor": ["temperature", "humidity", "co2 level", "air quality", "pressure", "noise level", "light level", "power usage", "energy use", "water usage", "pm2.5 level"],
    "person": ["mom", "dad", "grandma", "grandpa", "my sister", "my brother", "aunt linda", "uncle joe", "the neighbors", "my wife", "my husband"],
    "item": ["milk", "eggs", "bread", "butter", "coffee", "bananas", "apples", "toilet paper", "dish soap", "olive oil", "rice", "pasta", "tomatoes", "cheese", "yogurt", "batteries", "light bulbs", "cat food", "dog food", "oat milk", "lemons", "onions", "garlic", "chicken", "flour"],
    "list": ["shopping list", "grocery list", "to do list", "todo list", "hardware store list", "packing list", "chores list", "pharmacy list", "costco list", "camping list"],
    "topic_news": [
        "the election", "the strike", "the storm", "the floods", "the earthquake", "the wildfire", "the trial", "the summit", "the budget vote",
        "the train strike", "the heatwave", "the ceasefire", "the pension reform", "the new tax", "the recall", "the merger", "the protests",
        "the power cut downtown", "the road closure on the highway", "the water main break", "the new stadium", "the school closures",
    ],
    "store": [
        "ikea", "aldi", "lidl", "costco", "target", "walmart", "home depot", "the post office", "the library", "the pharmacy", "the bank",
        "the bakery", "the butcher", "the dentist office", "the recycling center", "the dump", "the garden center", "the hardware store",
        "the farmers market", "the swimming pool", "the town hall", "the vet", "the bike shop", "the car wash", "the pizza place", "the thai place",
        "the sushi place", "the chinese takeaway", "the cinema", "the museum", "the zoo", "the ice rink", "the climbing gym", "trader joes", "whole foods",
    ],
    "street": ["main street", "oak road", "the high street", "elm street", "station road", "church lane", "market square", "king street", "the mall", "the corner"],
    "topic_fact": [
        "the capital of peru", "the tallest mountain in the world", "the boiling point of water", "the speed of light", "the largest ocean",
        "the longest river in europe", "the chemical symbol for iron", "the square root of 144", "the freezing point of water in fahrenheit",
        "the population of canada roughly", "the largest planet", "the smallest country in the world", "the hardest natural material",
    ],
    "writer": ["hamlet", "the odyssey", "moby dick", "war and peace", "the little prince", "don quixote", "frankenstein", "1984", "the hobbit", "jane eyre"],
    "painter": ["the starry night", "the last supper", "guernica", "the scream", "the night watch", "girl with a pearl earring", "the birth of venus"],
    "word": ["serendipity", "ubiquitous", "melancholy", "algorithm", "photosynthesis", "nostalgia", "quintessential", "meticulous", "resilient", "paradigm", "gregarious", "ambiguous"],
    "writing": [
        "a birthday poem for my aunt", "a thank you note to our neighbours for watering the plants", "a complaint letter to my internet provider",
        "a cover letter for a marketing job", "a speech for my dad's 60th birthday", "a short story about a robot who learns to garden",
        "a limerick about our lazy cat", "a wedding toast for my best friend", "an email to my landlord about the broken heating",
        "a letter to the school about my son's absence next week", "a eulogy for my grandfather", "a product description for my etsy shop",
        "a newsletter for our street association", "a linkedin post about my new job", "a bedtime story about a brave little fox",
        "a letter of recommendation for my colleague", "an apology email to a client for the late delivery", "the minutes of our residents meeting",
        "an invitation for my daughter's birthday party", "a haiku about autumn rain", "a formal reply to the insurance company about our claim",
    ],
    "plan": [
        "a weekly meal plan for a family of four", "a three day trip to the coast with kids", "a workout plan for a beginner", "a moving checklist",
        "a budget for our kitchen renovation", "a study schedule for my exams", "a garden planting plan for spring", "a seven day road trip through scotland",
        "a cleaning schedule for a shared flat", "a birthday party for ten kids", "a training plan for a half marathon", "a packing plan for two weeks of camping",
    ],
    "compare": [
        "a heat pump and a gas boiler", "zigbee and z-wave", "wifi and thread devices", "an electric car and a hybrid", "renting and buying a house",
        "leasing and financing a car", "solar panels and a home battery", "laminate and hardwood floors", "a mesh network and a single router",
        "matter and homekit", "ollama and llama cpp", "a robot mower and a regular mower", "induction and gas cooking", "fixed and variable energy tariffs",
        "raspberry pi and an intel nuc for home assistant", "double and triple glazing", "a standing desk and a regular desk",
    ],
    "problem": [
        "my zigbee sensors keep going unavailable", "the wifi drops every evening", "my dishwasher leaves the dishes wet", "the boiler pressure keeps dropping",
        "my home assistant keeps restarting", "the bathroom fan doesn't remove the moisture", "the fridge is making a clicking noise",
        "the smart plug disconnects every night", "my bread doesn't rise", "the heat pump is ice cold outside", "my automations run twice",
        "the garage door opener reverses halfway", "the esp32 keeps rebooting", "the mqtt broker refuses connections", "the tv keeps turning itself on",
        "the washing machine smells bad", "the radiators upstairs stay cold", "the motion sensor triggers when nobody is there",
    ],
    "code_task": [
        "a function that checks if a string is a palindrome", "a script that backs up my home assistant config to a usb stick",
        "a scraper that collects the prices from a website", "a function to parse a csv of energy readings", "a class for a shopping cart",
        "a script that resizes all images in a folder", "a rest api with two endpoints", "a sql query that finds duplicate customers",
        "a unit test for my date parser", "a cron job that cleans up old log files", "a function that converts roman numerals",
        "a discord bot that posts the weather", "a script that sends me a telegram message when the printer is out of paper",
        "a sorting algorithm for a linked list", "a regex that matches dutch postcodes", "a dockerfile for my flask app",
    ],
    "automation": [
        "turns on the porch light at sunset", "closes the blinds when the sun hits the living room", "sends me a notification when the washing machine is finished",
        "turns off all lights when everyone leaves", "starts the robot vacuum when nobody is home", "switches the heating to eco when a window opens",
        "flashes the lights when the doorbell rings", "turns the fan on when the bathroom humidity is above 70 percent", "reminds me to take the bins out on tuesday evenings",
        "dims the lights when the tv turns on", "turns on the coffee machine at 6:30 on weekdays", "warns me when the freezer door is open for more than two minutes",
        "charges the car when electricity is cheapest", "turns the garden lights off at midnight", "mutes the speakers when the baby sleeps",
    ],
}
