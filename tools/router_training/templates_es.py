"""Spanish training templates and slot values."""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "room": ["salón", "cocina", "dormitorio", "baño", "despacho", "pasillo", "sótano", "garaje", "jardín", "comedor", "cuarto de los niños", "habitación de invitados", "estudio", "terraza"],
    "item": ["leche", "huevos", "pan", "mantequilla", "café", "plátanos", "manzanas", "papel higiénico", "aceite de oliva", "arroz", "pasta", "tomates", "queso", "aguacates", "pilas"],
    "list": ["lista de la compra", "lista de tareas", "lista de la ferretería"],
    "store": ["el mercadona", "el carrefour", "el lidl", "la farmacia", "el ikea", "correos", "la panadería", "el supermercado", "la biblioteca", "el ayuntamiento"],
    "appliance": ["lavadora", "lavavajillas", "secadora", "aspiradora", "horno", "bomba de calor"],
    "writing": ["una carta al casero por la humedad", "un cuento corto para mi hijo sobre un dragón", "un discurso para la boda de mi hermana", "una carta de presentación para un trabajo de enfermera", "una reclamación a la compañía de luz", "un poema para el cumpleaños de mi abuela"],
    "compare": ["una bomba de calor y una caldera de gas", "un coche eléctrico y un híbrido", "alquilar y comprar", "zigbee y wifi"],
}

TEMPLATES: dict[str, list[str]] = {
    "device_control": [
        "enciende la luz del {room}", "apaga las luces del {room}", "apaga la luz", "sube la persiana del {room}", "baja las persianas del {room}", "pon la calefacción a {temp} grados",
        "baja la calefacción dos grados", "cierra la puerta del garaje", "cierra con llave la puerta principal", "enciende la tele del {room}", "pon la {appliance} en marcha",
        "atenúa las luces del {room} al {pct} por ciento", "activa la escena de cine", "enciende el ventilador", "apaga todo en el {room}", "enciende la cafetera",
    ],
    "state_query": ["está encendido el horno", "ha terminado la {appliance}", "está cerrada la puerta del garaje", "hay alguna ventana abierta", "qué luces están encendidas", "cuánta energía han producido hoy los paneles solares", "está cerrada con llave la puerta de atrás"],
    "sensor_query": ["cuál es la temperatura del {room}", "qué temperatura hace en el {room}", "cuál es la humedad en el {room}", "hace frío fuera ahora", "cómo está la calidad del aire en el {room}"],
    "timer": ["pon un temporizador de {n} minutos", "temporizador de {n} minutos para la pasta", "pon una alarma a las {time}", "despiértame a las {time}", "recuérdame en {n} minutos sacar el pan", "cuánto le queda al temporizador", "cancela el temporizador"],
    "list": ["añade {item} a la {list}", "pon {item} y {item} en la {list}", "quita {item} de la {list}", "qué hay en la {list}", "léeme la {list}"],
    "media": ["pon música jazz en el {room}", "pausa la música", "siguiente canción", "pon la radio", "sube el volumen"],
    "small_talk": ["buenos días", "buenas noches", "hola", "cómo estás", "gracias", "cuéntame un chiste", "eres genial", "adiós", "qué tal"],
    "general_knowledge": ["cuál es la capital de canadá", "quién escribió don quijote", "quién pintó las meninas", "cuántas patas tiene una araña", "qué significa efímero", "cuándo cayó el muro de berlín", "qué es un kilovatio hora", "cuál es el río más largo de españa", "quién inventó la bombilla"],
    "unit_conversion": ["cuántos centímetros son {n} pulgadas", "cuántos gramos son una libra", "convierte {n} millas a kilómetros", "cuántas cucharadas son {n} mililitros", "cuántos grados celsius son {n} fahrenheit"],
    "arithmetic": ["cuánto es {n} por {n}", "cuánto es {n} más {n}", "cuánto es el {pct} por ciento de {n}", "cuánto es {n} entre {n}"],
    "weather_home": ["qué tiempo hace hoy", "va a llover mañana", "necesito paraguas hoy", "va a helar esta noche", "cuál es el pronóstico para esta tarde", "hará calor mañana"],
    "personal": ["cuándo es el cumpleaños de mamá", "cuándo es nuestro aniversario", "qué tengo hoy en el calendario", "cuándo pasa el camión de la basura", "cómo se llama nuestro fontanero"],
    "code": ["escribe un script en {lang_name} que renombre mis fotos por fecha", "escribe una función en {lang_name} que lea un csv", "mi script de {lang_name} da un error de tipo qué está mal", "hazme un programa en {lang_name} que me avise por telegram"],
    "automation_authoring": ["escribe una automatización que encienda la luz de la entrada al abrir la puerta", "crea una automatización que baje las persianas cuando haga calor", "hazme una automatización que me avise cuando termine la {appliance}", "escribe un script de home assistant que apague todas las luces a medianoche"],
    "long_form": ["escribe {writing}", "puedes escribir {writing}", "ayúdame a redactar {writing}", "redacta {writing}", "resume este texto en dos frases"],
    "analysis": ["analiza nuestro consumo de luz de este mes y dime dónde ahorrar", "cuánto ahorraríamos al año si ponemos la lavadora de noche a {n} céntimos en vez de {n}"],
    "comparison": ["compara {compare}", "cuáles son las ventajas y desventajas de {compare}", "qué me conviene más {compare}"],
    "troubleshooting": ["por qué me sale moho en la pared del {room} y cómo lo soluciono", "por qué se desconecta el wifi cada noche", "por qué salta el diferencial cuando enciendo el horno qué hago", "por qué mi bomba de calor hace tanto ruido y qué reviso primero"],
    "planning": ["hazme un plan de comidas para una semana", "organiza un viaje de tres días a {city} con niños", "haz un horario de limpieza para la casa", "planifica una ruta de una semana por {city}"],
    "explanation": ["explícame paso a paso cómo funciona una hipoteca", "explícame con detalle cómo funcionan los paneles solares"],
    "news": ["cuáles son las últimas noticias", "qué ha pasado hoy en el mundo", "hay novedades sobre la huelga", "qué ha dicho el presidente esta mañana", "qué noticias hay de {city}"],
    "sports": ["cómo quedó el {team} anoche", "ganó el {team}", "quién ganó {event}", "cuándo juega el {team}", "quién marcó en el partido del {team}", "cómo va {athlete}"],
    "prices": ["a cuánto está el euro frente al dólar", "cuánto cuesta el {crypto} hoy", "cómo están las acciones de {stock}", "cuánto cuesta la gasolina ahora", "precio de la luz hoy", "cuánto vale el oro hoy"],
    "local_business": ["a qué hora cierra {store} hoy", "está abierto {store} el domingo", "a qué hora abre {store} mañana", "hay alguna farmacia de guardia abierta"],
    "weather_remote": ["qué tiempo hace en {city}", "qué tiempo hará en {city} el fin de semana", "está lloviendo en {city}", "cuántos grados hace en {city}", "va a nevar en {city} mañana"],
    "release_info": ["cuándo sale la nueva temporada de {show}", "ya ha salido el nuevo {product}", "cuándo sale el disco nuevo de {artist}"],
    "traffic_travel": ["cómo está el tráfico ahora", "llega a tiempo mi tren a {city}", "hay atasco en la autopista"],
    "web_lookup": ["busca opiniones de {brand_item}", "hay algún aviso de retirada para {brand_item}"],
}
