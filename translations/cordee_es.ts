<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BadgeText</name>
    <message>
        <source>There is nobody to print a badge for.</source>
        <translation>No hay nadie para quien imprimir una credencial.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Otro o no indicado</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Continentes</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Opción %1</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Todavía no hay participantes.</translation>
    </message>
    <message>
        <source>%1 of participants come from %2.</source>
        <translation>El %1 de los participantes viene de %2.</translation>
    </message>
    <message>
        <source>%1 of participants come from %2, the most represented country.</source>
        <translation>El %1 de los participantes viene de %2, el país más representado.</translation>
    </message>
    <message>
        <source>%1 of participants: %2.</source>
        <translation>El %1 de los participantes: %2.</translation>
    </message>
    <message>
        <source>No workshops in this slot yet.</source>
        <translation>Todavía no hay talleres en esta franja.</translation>
    </message>
    <message>
        <source>Every workshop is within its size band (%1 workshops).</source>
        <translation>Cada taller respeta su rango de tamaño (%1 talleres).</translation>
    </message>
    <message>
        <source>Workshops outside their size band: %1 of %2.</source>
        <translation>Talleres fuera de su rango de tamaño: %1 de %2.</translation>
    </message>
    <message>
        <source>Women make up %1 of the slot&apos;s workshops.</source>
        <translation>Las mujeres representan el %1 de los miembros de los talleres de la franja.</translation>
    </message>
    <message>
        <source>Every workshop gathers people from at least %1 countries.</source>
        <translation>Cada taller reúne a personas de al menos %1 países.</translation>
    </message>
    <message>
        <source>%1 of the members got their first choice.</source>
        <translation>El %1 de los miembros obtuvo su primera opción.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>within goal</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>over goal</source>
        <translation>objetivo no cumplido</translation>
    </message>
    <message>
        <source>Measure how fast Cordée handles a large forum.</source>
        <translation>Medir la rapidez de Cordée con un foro grande.</translation>
    </message>
    <message>
        <source>Measures WHAT on a generated forum (the same on every machine) and prints, for each measurement, the median, the fastest and the slowest run against its goal. Goals are reported, never enforced: the exit code is 0 whatever the times.</source>
        <translation>Mide WHAT en un foro generado (idéntico en todas las máquinas) y muestra, para cada medición, la mediana, la ejecución más rápida y la más lenta frente a su objetivo. Los objetivos se indican, nunca se imponen: el código de salida es 0 sean cuales sean los tiempos.</translation>
    </message>
    <message>
        <source>What to measure (default: participants).</source>
        <translation>Qué medir (por defecto: participants).</translation>
    </message>
    <message>
        <source>Participants in the generated forum (default: 10000).</source>
        <translation>Número de participantes del foro generado (por defecto: 10000).</translation>
    </message>
    <message>
        <source>Times each measurement is repeated (default: 5).</source>
        <translation>Número de repeticiones de cada medición (por defecto: 5).</translation>
    </message>
    <message>
        <source>Print the results as a JSON object.</source>
        <translation>Mostrar los resultados como un objeto JSON.</translation>
    </message>
    <message>
        <source>Benchmarks (WHAT):</source>
        <translation>Mediciones disponibles (WHAT):</translation>
    </message>
    <message>
        <source>one benchmark at a time, unexpected &quot;%1&quot;</source>
        <translation>una sola medición a la vez, &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <source>no benchmark &quot;%1&quot;</source>
        <translation>no existe la medición &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Benchmark %1: %2, %3</source>
        <translation>Medición %1: %2, %3</translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation>%1 participante</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participantes</translation>
    </message>
    <message>
        <source>%1 run</source>
        <translation>%1 ejecución</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 ejecuciones</translation>
    </message>
    <message>
        <source>Open a forum of N participants into the participant table, then filter it keystroke by keystroke.</source>
        <translation>Abre un foro de N participantes en la tabla de participantes y luego la filtra pulsación a pulsación.</translation>
    </message>
    <message>
        <source>Open the forum and fill the participant table</source>
        <translation>Abrir el foro y llenar la tabla de participantes</translation>
    </message>
    <message>
        <source>One keystroke in the participant search field</source>
        <translation>Una pulsación en el campo de búsqueda de participantes</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the benchmark.</source>
        <translation>No se pudo crear una carpeta temporal para la medición.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Mostrar la ayuda de un comando.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Uso: %1 COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the arguments and options of a command.</source>
        <translation>Ejecute &apos;%1 COMMAND --help&apos; para ver los argumentos y las opciones de un comando.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Prepares an international forum from the command line: creates forum files, counts the participants and measures how fast Cordée handles large forums.</source>
        <translation>Prepara un foro internacional desde la línea de comandos: crea archivos de foro, cuenta a los participantes y mide la rapidez de Cordée con foros grandes.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>help takes one command name</source>
        <translation>help admite un único nombre de comando</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;</source>
        <translation>no existe el comando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation>se necesita un comando</translation>
    </message>
    <message>
        <source>--version takes no argument</source>
        <translation>--version no admite argumentos</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Ejecute &apos;%1 %2 --help&apos; para obtener más información.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>--%1 debe ser un número entero de %2 a %3 (se recibió &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>Write the demo forum into a new file.</source>
        <translation>Escribir el foro de demostración en un archivo nuevo.</translation>
    </message>
    <message>
        <source>The forum file to create, e.g. demo.cordee.</source>
        <translation>El archivo de foro que se creará, p. ej., demo.cordee.</translation>
    </message>
    <message>
        <source>the forum FILE to create is missing</source>
        <translation>falta el archivo FILE del foro que se creará</translation>
    </message>
    <message>
        <source>one FILE only, unexpected &quot;%1&quot;</source>
        <translation>un único FILE, &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <source>Create a forum file, empty or from a JSON description.</source>
        <translation>Crear un archivo de foro, vacío o a partir de una descripción JSON.</translation>
    </message>
    <message>
        <source>Creates the forum file FILE, either empty with a title or from a JSON description of the forum (settings, themes, rooms, time slots, workshops, declaration). An existing file is never overwritten. Each problem of a description is reported as &quot;FORUM.json: FIELD: MESSAGE&quot; and no file is created.</source>
        <translation>Crea el archivo de foro FILE, vacío con un título o a partir de una descripción JSON del foro (configuración, temas, salas, franjas horarias, talleres, declaración). Nunca se sobrescribe un archivo existente. Cada problema de una descripción se indica como &quot;FORUM.json: FIELD: MESSAGE&quot; y no se crea ningún archivo.</translation>
    </message>
    <message>
        <source>The forum file to create, e.g. forum.cordee.</source>
        <translation>El archivo de foro que se creará, p. ej., forum.cordee.</translation>
    </message>
    <message>
        <source>The forum&apos;s title.</source>
        <translation>El título del foro.</translation>
    </message>
    <message>
        <source>A JSON description of the forum; see the user manual for its keys.</source>
        <translation>Una descripción JSON del foro; consulte sus claves en el manual del usuario.</translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli new forum.cordee --title &quot;Forum of the Alps&quot;
  cordee-cli new forum.cordee --from forum.json</source>
        <translation>Ejemplos:
  cordee-cli new forum.cordee --title &quot;Foro de los Alpes&quot;
  cordee-cli new forum.cordee --from forum.json</translation>
    </message>
    <message>
        <source>give --title or --from, not both</source>
        <translation>indique --title o --from, no ambos</translation>
    </message>
    <message>
        <source>give --title TITLE or --from FORUM.json</source>
        <translation>indique --title TITLE o --from FORUM.json</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name, a forum is never overwritten.</source>
        <translation>“%1” ya existe; elija otro nombre, un foro nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Created %1: &quot;%2&quot;</source>
        <translation>%1 creado: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>not a usable forum description</source>
        <translation>no es una descripción de foro utilizable</translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation>%1 país</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 países</translation>
    </message>
    <message>
        <source>%1 continent</source>
        <translation>%1 continente</translation>
    </message>
    <message>
        <source>%1 continents</source>
        <translation>%1 continentes</translation>
    </message>
    <message>
        <source>%1 workshop</source>
        <translation>%1 taller</translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation>%1 talleres</translation>
    </message>
    <message>
        <source>%1 proposal</source>
        <translation>%1 propuesta</translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation>%1 propuestas</translation>
    </message>
    <message>
        <source>By continent</source>
        <translation>Por continente</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Print a forum&apos;s head counts by continent, category, gender and country.</source>
        <translation>Mostrar los recuentos de un foro por continente, categoría, género y país.</translation>
    </message>
    <message>
        <source>Prints the head counts of the forum in FILE: participants (those who cancelled are not counted), countries, continents, workshops and proposals, then the participants by continent, category, gender and country.</source>
        <translation>Muestra los recuentos del foro contenido en FILE: participantes (no se cuenta a quienes han cancelado), países, continentes, talleres y propuestas, y luego los participantes por continente, categoría, género y país.</translation>
    </message>
    <message>
        <source>A forum file (.cordee).</source>
        <translation>Un archivo de foro (.cordee).</translation>
    </message>
    <message>
        <source>Print a JSON object instead: title, participants, countries, continents, workshops, proposals, by_continent, by_category, by_gender, by_country.</source>
        <translation>Mostrar en su lugar un objeto JSON: title, participants, countries, continents, workshops, proposals, by_continent, by_category, by_gender, by_country.</translation>
    </message>
    <message>
        <source>the forum FILE is missing</source>
        <translation>falta el archivo FILE del foro</translation>
    </message>
    <message>
        <source>goal &lt; %1 ms</source>
        <translation>objetivo &lt; %1 ms</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>median %1 ms   min %2   max %3   %4   %5</source>
        <translation>mediana %1 ms   mín %2   máx %3   %4   %5</translation>
    </message>
    <message>
        <source>  %1 takes %2× the time of: %3</source>
        <translation>  %1 tarda %2× el tiempo de: %3</translation>
    </message>
    <message>
        <source>sqlite3 .import failed.</source>
        <translation>Falló sqlite3 .import.</translation>
    </message>
    <message>
        <source>No temporary folder for the benchmark.</source>
        <translation>No hay ninguna carpeta temporal para la medición.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s CSV file cannot be written.</source>
        <translation>No se puede escribir el archivo CSV de la medición.</translation>
    </message>
    <message>
        <source>Import the CSV file into a forum (read, check, write)</source>
        <translation>Importar el archivo CSV en un foro (lectura, comprobación, escritura)</translation>
    </message>
    <message>
        <source>sqlite3 .import of the same file</source>
        <translation>sqlite3 .import del mismo archivo</translation>
    </message>
    <message>
        <source>Import N participants from a CSV file, beside sqlite3&apos;s own .import of the same file.</source>
        <translation>Importa N participantes desde un archivo CSV y lo compara con el propio .import de sqlite3 sobre el mismo archivo.</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Qué exportar.</translation>
    </message>
    <message>
        <source>The forum file (.cordee).</source>
        <translation>El archivo del foro (.cordee).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>El archivo que se escribirá, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>The person to export (person only).</source>
        <translation>La persona que se exportará (solo person).</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Nobody has the e-mail &quot;%1&quot; in %2.</source>
        <translation>Nadie tiene el correo electrónico &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>give the forum FILE</source>
        <translation>indique el archivo FILE del foro</translation>
    </message>
    <message>
        <source>say where to write with -o OUT</source>
        <translation>indique dónde escribir con -o OUT</translation>
    </message>
    <message>
        <source>say whose data with --email EMAIL</source>
        <translation>indique de quién son los datos con --email EMAIL</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>Qué importar.</translation>
    </message>
    <message>
        <source>The spreadsheet, or - for standard input.</source>
        <translation>La hoja de cálculo, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Print a JSON report: imported, updated, duplicates, refused, problems.</source>
        <translation>Mostrar un informe JSON: imported, updated, duplicates, refused, problems.</translation>
    </message>
    <message>
        <source>Check and report, write nothing.</source>
        <translation>Comprobar e informar, sin escribir nada.</translation>
    </message>
    <message>
        <source>The text file&apos;s encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>La codificación del archivo de texto: UTF-8, UTF-16LE, UTF-16BE o Windows-1252.</translation>
    </message>
    <message>
        <source>The text file&apos;s delimiter: , ; or tab (\t).</source>
        <translation>El separador del archivo de texto: , ; o tab (\t).</translation>
    </message>
    <message>
        <source>Imported %1 new, completed %2 existing; %3 duplicates, %4 refused.</source>
        <translation>Participantes nuevos importados: %1; existentes completados: %2; duplicados: %3; rechazados: %4.</translation>
    </message>
    <message>
        <source>Nothing written. Would import %1 new, complete %2 existing; %3 duplicates, %4 refused.</source>
        <translation>No se ha escrito nada. Participantes nuevos que se importarían: %1; existentes que se completarían: %2; duplicados: %3; rechazados: %4.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>fila %1, %2</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>give the forum FILE and the SOURCE spreadsheet</source>
        <translation>indique el archivo FILE del foro y la hoja de cálculo SOURCE</translation>
    </message>
    <message>
        <source>--delimiter takes one character, not &quot;%1&quot;</source>
        <translation>--delimiter admite un único carácter, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no column holds first or last names (use --map &quot;Header=last_name&quot;)</source>
        <translation>%1: ninguna columna contiene nombres ni apellidos (use --map &quot;Header=last_name&quot;)</translation>
    </message>
    <message>
        <source>Form the workshops: place every participant, slot by slot.</source>
        <translation>Formar los talleres: asignar a cada participante, franja por franja.</translation>
    </message>
    <message>
        <source>Forms the workshops of the forum FILE: every participant who attends a workshop slot is placed in one of its workshops, within the workshop sizes and rooms, in a language they speak, as close to their ranked themes as can be and mixing countries, continents, genders, categories and organisations. Organizers and guests of honour are not placed. A slot with no workshop first gets them, planned from the participants&apos; choices and the free rooms. The placements of the formed slots are replaced (pinned ones are kept) in one transaction: if the rules cannot all hold, the message says why and nothing is written. Then prints the scorecard.</source>
        <translation>Forma los talleres del foro FILE: cada participante que asiste a una franja de talleres se asigna a uno de sus talleres, dentro de los tamaños de los talleres y de las salas, en un idioma que habla, lo más cerca posible de los temas que ha clasificado y mezclando países, continentes, géneros, categorías y organizaciones. Los organizadores y los invitados de honor no se asignan. Una franja sin talleres recibe primero los suyos, planificados a partir de las elecciones de los participantes y de las salas libres. Las asignaciones de las franjas formadas se sustituyen (las fijadas se conservan) en una sola transacción: si no se pueden cumplir todas las reglas, el mensaje explica por qué y no se escribe nada. Después muestra el balance.</translation>
    </message>
    <message>
        <source>Form only this workshop slot (its key); repeat for several. The other slots keep their placements. Default: every workshop slot.</source>
        <translation>Formar solo esta franja de talleres (su clave); repetir para varias. Las demás franjas conservan sus asignaciones. Por defecto: todas las franjas de talleres.</translation>
    </message>
    <message>
        <source>The seed: the same seed on the same forum gives the same plan (1).</source>
        <translation>La semilla: la misma semilla en el mismo foro da el mismo reparto (1).</translation>
    </message>
    <message>
        <source>How long the solver may search for a better plan, in seconds (%1).</source>
        <translation>Tiempo durante el que el solucionador puede buscar un reparto mejor, en segundos (%1).</translation>
    </message>
    <message>
        <source>Print the scorecard as JSON: hard_violations, objective, violations, preference_profile (first, second, third, fourth, fifth, unranked), repeated_themes, pairs (country, continent, gender, category, organisation: pairs and bound), lone_gender_workshops, repeated_pairs, workshops, placements, interpreted.</source>
        <translation>Mostrar el balance en formato JSON: hard_violations, objective, violations, preference_profile (first, second, third, fourth, fifth, unranked), repeated_themes, pairs (country, continent, gender, category, organisation: pairs y bound), lone_gender_workshops, repeated_pairs, workshops, placements, interpreted.</translation>
    </message>
    <message>
        <source>Exit codes: 0 formed; 1 wrong usage; 2 the file cannot be used, a --slot names no workshop slot of the forum, or the rules cannot all hold (nothing is written).</source>
        <translation>Códigos de salida: 0 talleres formados; 1 uso incorrecto; 2 el archivo no se puede usar, un --slot no designa ninguna franja de talleres del foro o no se pueden cumplir todas las reglas (no se escribe nada).</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 up, not &quot;%1&quot;</source>
        <translation>--seed admite un número entero a partir de 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds above 0, not &quot;%1&quot;</source>
        <translation>--time-limit admite un número de segundos mayor que 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Formed %1 workshop slot</source>
        <translation>%1 franja de talleres formada</translation>
    </message>
    <message>
        <source>Formed %1 workshop slots</source>
        <translation>%1 franjas de talleres formadas</translation>
    </message>
    <message>
        <source>, with %1 new workshop planned from the participants&apos; choices</source>
        <translation>, con %1 taller nuevo planificado a partir de las elecciones de los participantes</translation>
    </message>
    <message>
        <source>, with %1 new workshops planned from the participants&apos; choices</source>
        <translation>, con %1 talleres nuevos planificados a partir de las elecciones de los participantes</translation>
    </message>
    <message numerus="yes">
        <source>Form workshops: %1 people × %2 slots, %n run(s) (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</source>
        <translation>
            <numerusform>Formar talleres: %1 personas × %2 franjas, %n ejecución (F %3, cota inferior %4 (+%5%), %6 reglas incumplidas, pico de memoria %7 MiB)</numerusform>
            <numerusform>Formar talleres: %1 personas × %2 franjas, %n ejecuciones (F %3, cota inferior %4 (+%5%), %6 reglas incumplidas, pico de memoria %7 MiB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Form workshops for generated forums of 350, 2,000 and 10,000 people over 3 slots (10,000 only when N is 10,000 or more).</source>
        <translation>Formar talleres para foros generados de 350, 2000 y 10 000 personas en 3 franjas (10 000 solo si N es 10 000 o más).</translation>
    </message>
    <message>
        <source>Score the workshops as they stand and list the rules they break.</source>
        <translation>Evaluar los talleres tal como están y enumerar las reglas que incumplen.</translation>
    </message>
    <message>
        <source>Reads the workshops and placements of the forum FILE as they stand, changes nothing, and prints their scorecard with every rule they break: someone who attends a slot but is in no workshop, a workshop below the minimum size or above its limit, someone in a workshop whose language they do not speak, a pin not held.</source>
        <translation>Lee los talleres y las asignaciones del foro FILE tal como están, sin modificar nada, y muestra su balance con cada regla que incumplen: una persona que asiste a una franja pero no está en ningún taller, un taller por debajo del tamaño mínimo o por encima de su límite, una persona en un taller cuyo idioma no habla, una fijación no respetada.</translation>
    </message>
    <message>
        <source>Print the scorecard as JSON, with the same keys as assign --json.</source>
        <translation>Mostrar el balance en formato JSON, con las mismas claves que assign --json.</translation>
    </message>
    <message>
        <source>Exit codes: 0 every rule holds; 1 wrong usage; 2 the file cannot be used; 3 some rules are broken (listed in the scorecard, under violations with --json).</source>
        <translation>Códigos de salida: 0 se cumplen todas las reglas; 1 uso incorrecto; 2 el archivo no se puede usar; 3 se incumplen algunas reglas (enumeradas en el balance, bajo violations con --json).</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 wrong usage, 2 a file or an input that cannot be used, 3 done with problems to look at (import: rows refused; check: rules broken).</source>
        <translation>Códigos de salida: 0 éxito, 1 uso incorrecto, 2 un archivo o una entrada que no se puede usar, 3 hecho con problemas que revisar (import: filas rechazadas; check: reglas incumplidas).</translation>
    </message>
    <message>
        <source>Creates FILE holding the demo forum: a made-up edition of a social and solidarity economy forum with 350 participants from 45 countries on the five continents, four themes and a three-day programme, its workshops formed. The same on every machine. An existing file is never overwritten.</source>
        <translation>Crea FILE con el foro de demostración: una edición ficticia de un foro de economía social y solidaria con 350 participantes de 45 países de los cinco continentes, cuatro temas y un programa de tres días, con sus talleres formados. Idéntico en todas las máquinas. Nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>continent</source>
        <translation>continente</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1.ª elección</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2.ª elección</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3.ª elección</translation>
    </message>
    <message>
        <source>4th choice</source>
        <translation>4.ª elección</translation>
    </message>
    <message>
        <source>5th choice</source>
        <translation>5.ª elección</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Every rule holds.</source>
        <translation>Se cumplen todas las reglas.</translation>
    </message>
    <message>
        <source>%1 rule broken:</source>
        <translation>%1 regla incumplida:</translation>
    </message>
    <message>
        <source>%1 rules broken:</source>
        <translation>%1 reglas incumplidas:</translation>
    </message>
    <message>
        <source>%1 placement</source>
        <translation>%1 asignación</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>%1 asignaciones</translation>
    </message>
    <message>
        <source>Objective F: %1 (lower is better)</source>
        <translation>Objetivo F: %1 (cuanto menor, mejor)</translation>
    </message>
    <message>
        <source>theme repeated</source>
        <translation>tema repetido</translation>
    </message>
    <message>
        <source>Placements by preference</source>
        <translation>Asignaciones por preferencia</translation>
    </message>
    <message>
        <source>%1 (at best %2)</source>
        <translation>%1 (como mucho %2)</translation>
    </message>
    <message>
        <source>Members sharing a value, in pairs</source>
        <translation>Miembros que comparten un valor, por pares</translation>
    </message>
    <message>
        <source>Workshops where one gender appears once: %1</source>
        <translation>Talleres en los que un género aparece una sola vez: %1</translation>
    </message>
    <message>
        <source>Pairs meeting again (Σ meetings − 1): %1</source>
        <translation>Pares que vuelven a encontrarse (Σ encuentros − 1): %1</translation>
    </message>
    <message>
        <source>%1 person speaks none of the working languages and is placed as if with an interpreter.</source>
        <translation>%1 persona no habla ninguno de los idiomas de trabajo y se asigna como si tuviera intérprete.</translation>
    </message>
    <message>
        <source>%1 people speak none of the working languages and are placed as if with an interpreter.</source>
        <translation>%1 personas no hablan ninguno de los idiomas de trabajo y se asignan como si tuvieran intérprete.</translation>
    </message>
    <message numerus="yes">
        <source>Re-form after %1 hand moves: %2 people × %3 slots, %n run(s) (%4 of %5 placements changed, F %6, %7 broken rules)</source>
        <translation>
            <numerusform>Volver a formar tras %1 movimientos manuales: %2 personas × %3 franjas, %n ejecución (%4 de %5 asignaciones cambiadas, F %6, %7 reglas incumplidas)</numerusform>
            <numerusform>Volver a formar tras %1 movimientos manuales: %2 personas × %3 franjas, %n ejecuciones (%4 de %5 asignaciones cambiadas, F %6, %7 reglas incumplidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export participants, placements or proposals as CSV, or one person&apos;s data as JSON.</source>
        <translation>Exportar los participantes, las asignaciones o las propuestas en CSV, o los datos de una persona en JSON.</translation>
    </message>
    <message>
        <source>participants: writes every participant of the forum FILE as CSV for spreadsheets (UTF-8 with a byte-order mark; columns first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status; cells that a spreadsheet would run as a formula start with an apostrophe). assignments: writes one line per placement of a participant in a workshop, with the same encoding, columns email, slot, workshop, theme, room (keys), sorted by slot (in programme order), then workshop, then e-mail. proposals: writes every proposal with the same encoding, in the columns `import proposals` reads: key, workshop, text, status, order, parent, theme, tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;), support, and their history: merged_into (the proposal it was merged into) and sources (what it was made from: &quot;merge:P-0003;merge:P-0007&quot; or &quot;split:P-0002&quot;); workshop by workshop, the plenary first, each proposal followed by its sub-points. person: writes everything the forum holds about the participant with that e-mail as JSON (their right of access). &quot;-o -&quot; writes to standard output.</source>
        <translation>participants: escribe todos los participantes del foro FILE en CSV para hojas de cálculo (UTF-8 con marca de orden de bytes; columnas first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status; las celdas que una hoja de cálculo ejecutaría como fórmula empiezan con un apóstrofo). assignments: escribe una línea por cada asignación de un participante a un taller, con la misma codificación, columnas email, slot, workshop, theme, room (claves); las líneas se ordenan por franja (en el orden del programa), luego por taller y luego por correo electrónico. proposals: escribe todas las propuestas con la misma codificación, en las columnas que lee `import proposals`: key, workshop, text, status, order, parent, theme, tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;), support, y su historial: merged_into (la propuesta en la que se fusionó) y sources (de qué procede: &quot;merge:P-0003;merge:P-0007&quot; o &quot;split:P-0002&quot;); taller por taller, primero la plenaria, cada propuesta seguida de sus subpuntos. person: escribe en JSON todo lo que el foro contiene sobre el participante con ese correo electrónico (su derecho de acceso). &quot;-o -&quot; escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>what to export is missing: participants, assignments, proposals or person</source>
        <translation>falta qué exportar: participants, assignments, proposals o person</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: participants, assignments, proposals or person</source>
        <translation>no se puede exportar &quot;%1&quot;: participants, assignments, proposals o person</translation>
    </message>
    <message>
        <source>Import participants or proposals from a spreadsheet.</source>
        <translation>Importar participantes o propuestas desde una hoja de cálculo.</translation>
    </message>
    <message>
        <source>participants: imports the people of the spreadsheet SOURCE (CSV, TSV, text, .xlsx or .ods; &quot;-&quot; reads standard input) into the forum FILE, in one transaction. Columns are recognised from their headers in English, French or Spanish. A row without any name is refused; a bad value leaves its field empty with a warning; someone already in the forum or twice in the file is not created twice, and the existing record is completed. Problems are listed by spreadsheet row (the header is row 1). Exit codes: 0 no problem, 3 rows refused or warned about (the rest was imported), 2 nothing could be read. proposals: imports the proposals of SOURCE into FILE, all in one transaction. Columns, by header: key (required; a key already in the forum updates that proposal, an empty key makes a new one), workshop (a workshop key; empty for the plenary), text, status (draft, submitted, retained, rejected or merged; empty: draft), order (from 1: the place among the retained proposals for a retained one, among the sub-points of its parent for a sub-point, among its workshop&apos;s proposals otherwise), parent (the key of the proposal a sub-point belongs to), and optionally theme (key or title), tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;: SDGs 1 to 17 and actors, separated by semicolons), support (how many supported it), merged_into and sources (&quot;merge:P-0003;split:P-0002&quot;), as `export proposals` writes them. A column left out keeps the existing proposals&apos; values; an empty cell clears its value. Any refused row (unknown workshop, theme or parent, bad status, order, support or tag, empty text, key given twice, sub-points in a cycle) stops the whole import: nothing is written. An unknown column is a warning. Exit codes: 0 imported without problem, 3 problems listed (with any refused row nothing was written; with warnings only, the rest was imported), 2 the source or the forum cannot be used (no key column, say), 1 wrong usage.</source>
        <translation>participants: importa las personas de la hoja de cálculo SOURCE (CSV, TSV, texto, .xlsx u .ods; &quot;-&quot; lee la entrada estándar) en el foro FILE, en una sola transacción. Las columnas se reconocen por sus encabezados en inglés, francés o español. Una fila sin ningún nombre se rechaza; un valor incorrecto deja su campo vacío con una advertencia; a quien ya figura en el foro o aparece dos veces en el archivo no se le crea dos veces, y se completa el registro existente. Los problemas se enumeran por fila de la hoja de cálculo (el encabezado es la fila 1). Códigos de salida: 0 ningún problema, 3 filas rechazadas o con advertencias (el resto se ha importado), 2 no se pudo leer nada. proposals: importa las propuestas de SOURCE en FILE, todas en una sola transacción. Columnas, por encabezado: key (obligatoria; una clave que ya existe en el foro actualiza esa propuesta, una clave vacía crea una nueva), workshop (una clave de taller; vacía para la plenaria), text, status (draft, submitted, retained, rejected o merged; vacío: draft), order (desde 1: el puesto entre las propuestas seleccionadas para una seleccionada, entre los subpuntos de su propuesta principal para un subpunto y, en los demás casos, entre las propuestas de su taller), parent (la clave de la propuesta a la que pertenece un subpunto) y, opcionalmente, theme (clave o título), tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;: ODS del 1 al 17 y actores, separados por punto y coma), support (cuántas personas la apoyaron), merged_into y sources (&quot;merge:P-0003;split:P-0002&quot;), tal como los escribe `export proposals`. Una columna ausente conserva los valores de las propuestas existentes; una celda vacía borra su valor. Cualquier fila rechazada (taller, tema o propuesta principal desconocidos, estado, orden, apoyo o etiqueta incorrectos, texto vacío, clave repetida, subpuntos en ciclo) detiene toda la importación: no se escribe nada. Una columna desconocida genera una advertencia. Códigos de salida: 0 importación sin problemas, 3 problemas enumerados (con alguna fila rechazada no se ha escrito nada; solo con advertencias, el resto se ha importado), 2 no se puede usar el origen o el foro (por ejemplo, no hay columna key), 1 uso incorrecto.</translation>
    </message>
    <message>
        <source>Import nothing if any problem is found (participants only).</source>
        <translation>No importar nada si se encuentra algún problema (solo participants).</translation>
    </message>
    <message>
        <source>Feed the column Header into field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Repeatable. Participants only.</source>
        <translation>Asignar la columna Header al campo field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Se puede repetir. Solo participants.</translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; list.csv
  cordee-cli import proposals forum.cordee proposals.csv --json</source>
        <translation>Ejemplos:
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; list.csv
  cordee-cli import proposals forum.cordee proposals.csv --json</translation>
    </message>
    <message>
        <source>what to import is missing: participants or proposals</source>
        <translation>falta qué importar: participants o proposals</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: participants or proposals</source>
        <translation>no se puede importar &quot;%1&quot;: participants o proposals</translation>
    </message>
    <message>
        <source>--%1 is for participants only</source>
        <translation>--%1 es solo para participants</translation>
    </message>
    <message>
        <source>Imported %1 new proposals, updated %2; %3 unchanged.</source>
        <translation>Propuestas nuevas importadas: %1; actualizadas: %2; sin cambios: %3.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 refused. Correct them and import the file again.</source>
        <translation>No se ha importado nada; filas rechazadas: %1. Corríjalas y vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Nothing written. Would import %1 new proposals, update %2; %3 unchanged.</source>
        <translation>No se ha escrito nada. Propuestas nuevas que se importarían: %1; que se actualizarían: %2; sin cambios: %3.</translation>
    </message>
    <message>
        <source>importing proposals</source>
        <translation>importar propuestas</translation>
    </message>
    <message>
        <source>Build the declaration of 300 retained proposals and write it as HTML and PDF.</source>
        <translation>Construir la declaración de 300 propuestas retenidas y escribirla en HTML y PDF.</translation>
    </message>
    <message>
        <source>Build the declaration of %1 retained proposals</source>
        <translation>Construir la declaración de %1 propuestas retenidas</translation>
    </message>
    <message>
        <source>… and write it as HTML</source>
        <translation>… y escribirla en HTML</translation>
    </message>
    <message>
        <source>%1 retained proposals to PDF (layout, fonts, pages)</source>
        <translation>%1 propuestas retenidas a PDF (maquetación, fuentes, páginas)</translation>
    </message>
    <message>
        <source>Print attendance sheets, personal programmes, badges or door signs as PDF.</source>
        <translation>Imprimir en PDF hojas de asistencia, programas personales, credenciales o carteles de puerta.</translation>
    </message>
    <message>
        <source>attendance: one sign-in sheet per workshop (slot, room, theme, facilitator, rapporteur, members sorted by name with their country, a signature column and spare lines). programmes: one page per present participant, in their language when it is English, French or Spanish. badges: A4 sheets of eight badges with crop marks. doors: one landscape page per room and slot. --slot narrows attendance sheets and door signs to one slot.</source>
        <translation>attendance: una hoja de asistencia por taller (franja, sala, tema, facilitador, relator, miembros ordenados por nombre con su país, una columna de firma y líneas en blanco). programmes: una página por participante presente, en su idioma si es inglés, francés o español. badges: hojas A4 de ocho credenciales con marcas de corte. doors: una página apaisada por sala y franja. --slot limita las hojas de asistencia y los carteles de puerta a una sola franja.</translation>
    </message>
    <message>
        <source>What to print.</source>
        <translation>Qué imprimir.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>The key of one time slot.</source>
        <translation>La clave de una franja horaria.</translation>
    </message>
    <message>
        <source>what to print is missing: attendance, programmes, badges or doors</source>
        <translation>falta qué imprimir: attendance, programmes, badges o doors</translation>
    </message>
    <message>
        <source>cannot print &quot;%1&quot;: attendance, programmes, badges or doors</source>
        <translation>no se puede imprimir &quot;%1&quot;: attendance, programmes, badges o doors</translation>
    </message>
    <message>
        <source>say which PDF file to write with -o OUT.pdf</source>
        <translation>indique el archivo PDF que se escribirá con -o OUT.pdf</translation>
    </message>
    <message>
        <source>the forum has no time slot &quot;%1&quot;</source>
        <translation>el foro no tiene la franja horaria &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write the forum&apos;s final declaration as PDF, OpenDocument, HTML or Markdown.</source>
        <translation>Escribir la declaración final del foro en PDF, OpenDocument, HTML o Markdown.</translation>
    </message>
    <message>
        <source>Writes the final declaration of the forum FILE: place and date, title, the edition&apos;s question, an introduction whose figures (participants, countries, continents; cancelled people not counted) come from the file, the patronage, the guests of honour, who took part, the retained proposals in the committee&apos;s order with their sub-points, the closing text and the conclusion. The format follows OUT&apos;s extension: .pdf, .odt, .html or .md. The free texts are the committee&apos;s, in the chosen language where it wrote them. Each export is recorded in FILE with its time, format, language and proposals.</source>
        <translation>Escribe la declaración final del foro FILE: lugar y fecha, título, la pregunta de la edición, una introducción cuyas cifras (participantes, países, continentes; sin contar a las personas canceladas) provienen del archivo, el patrocinio, los invitados de honor, quiénes participaron, las propuestas retenidas en el orden del comité con sus subpuntos, el texto de clausura y la conclusión. El formato sigue la extensión de OUT: .pdf, .odt, .html o .md. Los textos libres son los del comité, en el idioma elegido cuando los redactó en él. Cada exportación se registra en FILE con su hora, formato, idioma y propuestas.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .html or .md.</source>
        <translation>El archivo que se escribirá: .pdf, .odt, .html o .md.</translation>
    </message>
    <message>
        <source>The declaration&apos;s language: en, fr or es (default: the forum&apos;s first language).</source>
        <translation>El idioma de la declaración: en, fr o es (por defecto: el primer idioma del foro).</translation>
    </message>
    <message>
        <source>The paper: a4 (the default) or letter.</source>
        <translation>El papel: a4 (por defecto) o letter.</translation>
    </message>
    <message>
        <source>Group the proposals under their themes.</source>
        <translation>Agrupar las propuestas bajo sus temas.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>registrar la exportación</translation>
    </message>
    <message>
        <source>give one forum FILE</source>
        <translation>indique un único archivo de foro FILE</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot; from its extension: use .pdf, .odt, .html or .md</source>
        <translation>no se puede deducir el formato de &quot;%1&quot; a partir de su extensión: use .pdf, .odt, .html o .md</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper es a4 o letter, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang is en, fr or es, not &quot;%1&quot;</source>
        <translation>--lang es en, fr o es, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: Cordée writes declarations in English, French and Spanish, not in the forum&apos;s first language &quot;%2&quot;: writing it in English (choose with --lang).</source>
        <translation>%1: Cordée escribe las declaraciones en inglés, francés y español, no en el primer idioma del foro &quot;%2&quot;: se escribe en inglés (elija con --lang).</translation>
    </message>
    <message>
        <source>The declaration was written to &quot;%1&quot;, but its export could not be recorded in &quot;%2&quot;.</source>
        <translation>La declaración se escribió en &quot;%1&quot;, pero su exportación no se pudo registrar en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Wrote the declaration (%1, %2) to %3: %4, %5; %6.</source>
        <translation>Declaración escrita (%1, %2) en %3: %4, %5; %6.</translation>
    </message>
    <message>
        <source>%1 sub-point</source>
        <translation>%1 subpunto</translation>
    </message>
    <message>
        <source>%1 sub-points</source>
        <translation>%1 subpuntos</translation>
    </message>
    <message>
        <source>%1 participant counted</source>
        <translation>%1 participante contado</translation>
    </message>
    <message>
        <source>%1 participants counted</source>
        <translation>%1 participantes contados</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Eliminar %n participante</numerusform>
            <numerusform>Eliminar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modificar los datos de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Edit the forum&apos;s settings</source>
        <translation>Modificar la configuración del foro</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importar %n participante</numerusform>
            <numerusform>Importar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 out of the workshop</source>
        <translation>Sacar a %1 del taller</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Fijar a %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Quitar la fijación de %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover a %1 al taller %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Add theme “%1”</source>
        <translation>Añadir el tema “%1”</translation>
    </message>
    <message>
        <source>Edit theme “%1”</source>
        <translation>Modificar el tema “%1”</translation>
    </message>
    <message>
        <source>Remove theme “%1”</source>
        <translation>Eliminar el tema “%1”</translation>
    </message>
    <message>
        <source>Add room “%1”</source>
        <translation>Añadir la sala “%1”</translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation>Modificar la sala “%1”</translation>
    </message>
    <message>
        <source>Remove room “%1”</source>
        <translation>Eliminar la sala “%1”</translation>
    </message>
    <message>
        <source>Add time slot %1</source>
        <translation>Añadir la franja horaria %1</translation>
    </message>
    <message>
        <source>Edit time slot %1</source>
        <translation>Modificar la franja horaria %1</translation>
    </message>
    <message>
        <source>Remove time slot %1</source>
        <translation>Eliminar la franja horaria %1</translation>
    </message>
    <message>
        <source>Add workshop %1</source>
        <translation>Añadir el taller %1</translation>
    </message>
    <message>
        <source>Edit workshop %1</source>
        <translation>Modificar el taller %1</translation>
    </message>
    <message>
        <source>Remove workshop %1</source>
        <translation>Eliminar el taller %1</translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation>Escribir en %1</translation>
    </message>
    <message>
        <source>Place and Date</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Forum Name</source>
        <translation>Nombre del foro</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Patronage</source>
        <translation>Patrocinio</translation>
    </message>
    <message>
        <source>Guests of Honour</source>
        <translation>Invitados de honor</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Words Before the Proposals</source>
        <translation>Texto antes de las propuestas</translation>
    </message>
    <message>
        <source>Closing Text</source>
        <translation>Texto de clausura</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>participant #%1</source>
        <translation>participante n.º %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>workshop %1</source>
        <translation>taller %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>%1 is used twice on %2: %3 and %4</source>
        <translation>Doble reserva de %1 el %2: %3 y %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s) but %2 seats %3 (%4)</source>
        <translation>
            <numerusform>%1 tiene %n miembro pero %2 solo tiene %3 plazas (%4)</numerusform>
            <numerusform>%1 tiene %n miembros pero %2 solo tiene %3 plazas (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 may hold up to %n people (the forum&apos;s maximum) but %2 seats %3 (%4)</source>
        <translation>
            <numerusform>%1 puede admitir hasta %n persona (el máximo del foro) pero %2 solo tiene %3 plazas (%4)</numerusform>
            <numerusform>%1 puede admitir hasta %n personas (el máximo del foro) pero %2 solo tiene %3 plazas (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>facilitator of %1</source>
        <translation>facilitador de %1</translation>
    </message>
    <message>
        <source>rapporteur of %1</source>
        <translation>relator de %1</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>miembro de %1</translation>
    </message>
    <message>
        <source>%1 is in two places at once on %2: %3 and %4</source>
        <translation>%1 está en dos sitios a la vez el %2: %3 y %4</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Other countries</source>
        <translation>Otros países</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>writing the demo&apos;s proposals</source>
        <translation>escribir las propuestas de la demostración</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Unknown format.</source>
        <translation>Formato desconocido.</translation>
    </message>
    <message>
        <source>The declaration could not be written to “%1”.</source>
        <translation>No se pudo escribir la declaración en “%1”.</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be made.</source>
        <translation>No se pudo crear el archivo OpenDocument.</translation>
    </message>
    <message>
        <source>The declaration cannot be laid out on pages without the graphical application&apos;s fonts.</source>
        <translation>La declaración no se puede maquetar en páginas sin las fuentes de la aplicación gráfica.</translation>
    </message>
    <message>
        <source>The declaration could not be printed.</source>
        <translation>No se pudo imprimir la declaración.</translation>
    </message>
</context>
<context>
    <name>Formation</name>
    <message>
        <source>a pin names a person or a workshop that does not exist</source>
        <translation>una fijación designa a una persona o un taller que no existe</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) are pinned to workshop %1, which holds %2</source>
        <translation>
            <numerusform>%n participante está fijado al taller %1, que admite %2</numerusform>
            <numerusform>%n participantes están fijados al taller %1, que admite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n participant(s) find no seat in a workshop whose language they speak</source>
        <translation>
            <numerusform>en la franja %1, %n participante no encuentra plaza en un taller cuyo idioma hable</numerusform>
            <numerusform>en la franja %1, %n participantes no encuentran plaza en un taller cuyo idioma hablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n workshop(s) cannot reach %2 participants</source>
        <translation>
            <numerusform>en la franja %1, %n taller no puede alcanzar %2 participantes</numerusform>
            <numerusform>en la franja %1, %n talleres no pueden alcanzar %2 participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>idioma %1</translation>
    </message>
    <message>
        <source>%1 (%2, slot %3)</source>
        <translation>%1 (%2, franja %3)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The minimum workshop size (%1) is above the maximum (%2)</source>
        <translation>El tamaño mínimo de los talleres (%1) supera el máximo (%2)</translation>
    </message>
    <message>
        <source>Workshop %1 belongs to slot %2, which does not exist</source>
        <translation>El taller %1 pertenece a la franja %2, que no existe</translation>
    </message>
    <message>
        <source>A pin names person %1, who does not exist</source>
        <translation>Una fijación designa a la persona %1, que no existe</translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s) but no workshop</source>
        <translation>
            <numerusform>La franja %1 tiene %n participante pero ningún taller</numerusform>
            <numerusform>La franja %1 tiene %n participantes pero ningún taller</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop %1 holds at most %2, fewer than the minimum size of %3</source>
        <translation>El taller %1 admite como mucho %2, menos que el tamaño mínimo de %3</translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n participant(s) pinned to it but holds at most %2</source>
        <translation>
            <numerusform>El taller %1 tiene %n participante fijado pero admite como mucho %2</numerusform>
            <numerusform>El taller %1 tiene %n participantes fijados pero admite como mucho %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s), but its workshops hold at most %2</source>
        <translation>
            <numerusform>La franja %1 tiene %n participante, pero sus talleres admiten como mucho %2</numerusform>
            <numerusform>La franja %1 tiene %n participantes, pero sus talleres admiten como mucho %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s), but its workshops need at least %2 (%3 × %4)</source>
        <translation>
            <numerusform>La franja %1 tiene %n participante, pero sus talleres necesitan al menos %2 (%3 × %4)</numerusform>
            <numerusform>La franja %1 tiene %n participantes, pero sus talleres necesitan al menos %2 (%3 × %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>any-language</source>
        <translation>en cualquier idioma</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) speaking no %1 can only join the %2 workshops of slot %3, which hold %4</source>
        <translation>
            <numerusform>%n participante que no habla %1 solo puede unirse a los talleres %2 de la franja %3, que admiten %4</numerusform>
            <numerusform>%n participantes que no hablan %1 solo pueden unirse a los talleres %2 de la franja %3, que admiten %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n %2 workshop(s) of at least %3 members, but only %4 participants can work in %5</source>
        <translation>
            <numerusform>La franja %1 tiene %n taller %2 de al menos %3 miembros, pero solo %4 participantes pueden trabajar en %5</numerusform>
            <numerusform>La franja %1 tiene %n talleres %2 de al menos %3 miembros, pero solo %4 participantes pueden trabajar en %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop %1 is empty; every workshop needs at least %2 members</source>
        <translation>El taller %1 está vacío; cada taller necesita al menos %2 miembros</translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n member(s), fewer than the minimum of %2</source>
        <translation>
            <numerusform>El taller %1 tiene %n miembro, menos que el mínimo de %2</numerusform>
            <numerusform>El taller %1 tiene %n miembros, menos que el mínimo de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n member(s), more than its limit of %2</source>
        <translation>
            <numerusform>El taller %1 tiene %n miembro, más que su límite de %2</numerusform>
            <numerusform>El taller %1 tiene %n miembros, más que su límite de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan holds every rule: %1</source>
        <translation>Ningún reparto cumple todas las reglas: %1</translation>
    </message>
    <message>
        <source>The forum&apos;s programme has no workshop slot: add one before forming workshops.</source>
        <translation>El programa del foro no tiene ninguna franja de talleres: añada una antes de formar los talleres.</translation>
    </message>
    <message>
        <source>The forum has no workshop slot called &quot;%1&quot;; its workshop slots are %2.</source>
        <translation>El foro no tiene ninguna franja de talleres llamada &quot;%1&quot;; sus franjas de talleres son %2.</translation>
    </message>
    <message>
        <source>forming the workshops</source>
        <translation>formar los talleres</translation>
    </message>
    <message>
        <source>No plan holding every rule was found: %1</source>
        <translation>No se encontró ningún reparto que cumpla todas las reglas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) broken</source>
        <translation>
            <numerusform>%n regla incumplida</numerusform>
            <numerusform>%n reglas incumplidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is pinned in slot %2, which they do not attend</source>
        <translation>%1 está fijado en la franja %2, a la que no asiste</translation>
    </message>
    <message>
        <source>%1 is pinned to two workshops of slot %2</source>
        <translation>%1 está fijado a dos talleres de la franja %2</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, whose language they do not speak</source>
        <translation>%1 está fijado al taller %2, cuyo idioma no habla</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, which does not exist</source>
        <translation>%1 está fijado al taller %2, que no existe</translation>
    </message>
    <message>
        <source>%1 speaks none of the working languages of slot %2 (%3)</source>
        <translation>%1 no habla ninguno de los idiomas de trabajo de la franja %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, in a slot they do not attend</source>
        <translation>%1 está fijado al taller %2, en una franja a la que no asiste</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, held in %3, which they do not speak</source>
        <translation>%1 está fijado al taller %2, que se desarrolla en %3, idioma que no habla</translation>
    </message>
    <message>
        <source>%1 is pinned to two workshops of slot %2: workshops %3 and %4</source>
        <translation>%1 está fijado a dos talleres de la franja %2: los talleres %3 y %4</translation>
    </message>
    <message>
        <source>%1 attends slot %2 but is in no workshop</source>
        <translation>%1 asiste a la franja %2 pero no está en ningún taller</translation>
    </message>
    <message>
        <source>%1 is placed in slot %2 in workshop %3, which does not exist</source>
        <translation>%1 está asignado, en la franja %2, al taller %3, que no existe</translation>
    </message>
    <message>
        <source>%1 is placed in slot %2 in workshop %3, which belongs to another slot</source>
        <translation>%1 está asignado, en la franja %2, al taller %3, que pertenece a otra franja</translation>
    </message>
    <message>
        <source>%1 does not attend slot %2 but is placed in workshop %3</source>
        <translation>%1 no asiste a la franja %2 pero está asignado al taller %3</translation>
    </message>
    <message>
        <source>%1 is in workshop %2, held in %3, which they do not speak</source>
        <translation>%1 está en el taller %2, que se desarrolla en %3, idioma que no habla</translation>
    </message>
    <message>
        <source>%1 is placed in slot %2, which does not exist</source>
        <translation>%1 está asignado en la franja %2, que no existe</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2 but is in no workshop of that slot</source>
        <translation>%1 está fijado al taller %2 pero no está en ningún taller de esa franja</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2 but is in workshop %3</source>
        <translation>%1 está fijado al taller %2 pero está en el taller %3</translation>
    </message>
</context>
<context>
    <name>FormationWeights</name>
    <message>
        <source>Cost of placing someone in the theme they ranked at this place.</source>
        <translation>Costo de asignar a alguien al tema que ha clasificado en este puesto.</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1.ª elección</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2.ª elección</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3.ª elección</translation>
    </message>
    <message>
        <source>4th choice</source>
        <translation>4.ª elección</translation>
    </message>
    <message>
        <source>5th choice</source>
        <translation>5.ª elección</translation>
    </message>
    <message>
        <source>Theme not ranked</source>
        <translation>Tema sin clasificar</translation>
    </message>
    <message>
        <source>Cost of placing someone in a theme they did not rank.</source>
        <translation>Costo de asignar a alguien a un tema que no ha clasificado.</translation>
    </message>
    <message>
        <source>Theme already attended</source>
        <translation>Tema ya visto</translation>
    </message>
    <message>
        <source>Cost of placing someone in a theme they had in an earlier slot.</source>
        <translation>Costo de asignar a alguien a un tema que ya tuvo en una franja anterior.</translation>
    </message>
    <message>
        <source>Same country</source>
        <translation>Mismo país</translation>
    </message>
    <message>
        <source>Cost of each pair of members from the same country.</source>
        <translation>Costo de cada par de miembros del mismo país.</translation>
    </message>
    <message>
        <source>Same continent</source>
        <translation>Mismo continente</translation>
    </message>
    <message>
        <source>Cost of each pair of members from the same continent.</source>
        <translation>Costo de cada par de miembros del mismo continente.</translation>
    </message>
    <message>
        <source>Same gender</source>
        <translation>Mismo género</translation>
    </message>
    <message>
        <source>Cost of each pair of members of the same gender.</source>
        <translation>Costo de cada par de miembros del mismo género.</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>Misma categoría</translation>
    </message>
    <message>
        <source>Cost of each pair of members of the same category.</source>
        <translation>Costo de cada par de miembros de la misma categoría.</translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation>Misma organización</translation>
    </message>
    <message>
        <source>Cost of each pair of members from the same organisation.</source>
        <translation>Costo de cada par de miembros de la misma organización.</translation>
    </message>
    <message>
        <source>Meeting again</source>
        <translation>Reencuentro</translation>
    </message>
    <message>
        <source>Cost of each pair of people who were together in an earlier slot.</source>
        <translation>Costo de cada par de personas que estuvieron juntas en una franja anterior.</translation>
    </message>
</context>
<context>
    <name>ForumJson</name>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clave desconocida (claves posibles: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; no es una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:MM</source>
        <translation>&quot;%1&quot; no es una hora con el formato HH:MM</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation>JSON no válido en la línea %1: %2</translation>
    </message>
    <message>
        <source>the description must be a JSON object</source>
        <translation>la descripción debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be a language code such as &quot;fr&quot;</source>
        <translation>debe ser un código de idioma como &quot;fr&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;min&quot; and &quot;max&quot;</source>
        <translation>debe ser un objeto con &quot;min&quot; y &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of conference, round_table, workshops, break</source>
        <translation>&quot;%1&quot; no es ninguno de estos valores: conference, round_table, workshops, break</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a two-letter language code such as &quot;fr&quot;</source>
        <translation>debe ser un código de idioma de dos letras como &quot;fr&quot;</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tramo de edad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Preference %1</source>
        <translation>Preferencia %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column assignment (expected Header=field)</source>
        <translation>&quot;%1&quot; no es una asignación de columna (formato esperado: Header=field)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field (expected one of: %2)</source>
        <translation>&quot;%1&quot; no es un campo (campos posibles: %2)</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the file</source>
        <translation>no existe la columna &quot;%1&quot; en el archivo</translation>
    </message>
    <message>
        <source>%1: counted as a duplicate</source>
        <translation>%1: se cuenta como duplicado</translation>
    </message>
    <message>
        <source>%1: counted as a duplicate, 1 missing value completed</source>
        <translation>%1: se cuenta como duplicado y se completa 1 valor que faltaba</translation>
    </message>
    <message>
        <source>%1: counted as a duplicate, %2 missing values completed</source>
        <translation>%1: se cuenta como duplicado y se completan %2 valores que faltaban</translation>
    </message>
    <message>
        <source>neither a first nor a last name: the row is not imported</source>
        <translation>sin nombre ni apellidos: la fila no se importa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; the e-mail is left empty</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico; el correo electrónico se deja vacío</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; the country is left empty</source>
        <translation>país desconocido &quot;%1&quot;; el país se deja vacío</translation>
    </message>
    <message>
        <source>unknown gender &quot;%1&quot;; the gender is left empty</source>
        <translation>género desconocido &quot;%1&quot;; el género se deja vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age or an age band; the age band is left empty</source>
        <translation>&quot;%1&quot; no es una edad ni un tramo de edad; el tramo de edad se deja vacío</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the category is left empty</source>
        <translation>categoría desconocida &quot;%1&quot;; la categoría se deja vacía</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; the person is counted as registered</source>
        <translation>estado desconocido &quot;%1&quot;; la persona se cuenta como inscrita</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; it is left out</source>
        <translation>idioma desconocido &quot;%1&quot;; se omite</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; it is left out</source>
        <translation>rol desconocido &quot;%1&quot;; se omite</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; this preference is left empty</source>
        <translation>tema desconocido &quot;%1&quot;; esta preferencia se deja vacía</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is already ranked; this preference is left empty</source>
        <translation>el tema &quot;%1&quot; ya está clasificado; esta preferencia se deja vacía</translation>
    </message>
    <message>
        <source>more than %1 preferences: &quot;%2&quot; is left out</source>
        <translation>más de %1 preferencias: se omite &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown time slot &quot;%1&quot;; the availability is left empty (every slot)</source>
        <translation>franja horaria desconocida &quot;%1&quot;; la disponibilidad se deja vacía (todas las franjas)</translation>
    </message>
    <message>
        <source>%1; the value is left empty</source>
        <translation>%1; el valor se deja vacío</translation>
    </message>
    <message>
        <source>already in the forum (%1)</source>
        <translation>ya figura en el foro (%1)</translation>
    </message>
    <message>
        <source>same name and organisation as row %1</source>
        <translation>mismo nombre y organización que la fila %1</translation>
    </message>
    <message>
        <source>same e-mail as row %1</source>
        <translation>mismo correo electrónico que la fila %1</translation>
    </message>
    <message>
        <source>same e-mail as row %1 (%2)</source>
        <translation>mismo correo electrónico que la fila %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Sustainable Development Goal: they are numbered 1 to 17.</source>
        <translation>&quot;%1&quot; no designa ningún Objetivo de Desarrollo Sostenible: están numerados del 1 al 17.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no actor.</source>
        <translation>&quot;%1&quot; no designa ningún actor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;sdg:N&quot; nor &quot;actor:NAME&quot;.</source>
        <translation>&quot;%1&quot; no es ni &quot;sdg:N&quot; ni &quot;actor:NAME&quot;.</translation>
    </message>
    <message>
        <source>This column is not read: the columns are %1.</source>
        <translation>Esta columna no se lee: las columnas son %1.</translation>
    </message>
    <message>
        <source>This column comes twice; the first one is read.</source>
        <translation>Esta columna aparece dos veces; se lee la primera.</translation>
    </message>
    <message>
        <source>No column is called &quot;key&quot;: the proposals&apos; keys are needed (an empty cell makes a new proposal).</source>
        <translation>Ninguna columna se llama &quot;key&quot;: se necesitan las claves de las propuestas (una celda vacía crea una propuesta nueva).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a key: use letters, digits and dashes, without spaces, commas or semicolons.</source>
        <translation>&quot;%1&quot; no puede ser una clave: use letras, dígitos y guiones, sin espacios, comas ni punto y coma.</translation>
    </message>
    <message>
        <source>The key %1 is on row %2 already; give each proposal its own key.</source>
        <translation>La clave %1 ya figura en la fila %2; asigne a cada propuesta su propia clave.</translation>
    </message>
    <message>
        <source>%1 is not in the forum: a new proposal needs a text column.</source>
        <translation>%1 no figura en el foro: una propuesta nueva necesita una columna text.</translation>
    </message>
    <message>
        <source>This proposal</source>
        <translation>Esta propuesta</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot;: give a workshop&apos;s key, or leave the cell empty for the plenary.</source>
        <translation>Ningún taller se llama &quot;%1&quot;: indique la clave de un taller o deje la celda vacía para la plenaria.</translation>
    </message>
    <message>
        <source>The text is empty: a proposal needs one.</source>
        <translation>El texto está vacío: una propuesta necesita uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use draft, submitted, retained, rejected or merged.</source>
        <translation>&quot;%1&quot; no es un estado: use draft, submitted, retained, rejected o merged.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order: give a whole number from 1, or leave the cell empty.</source>
        <translation>&quot;%1&quot; no es un orden: indique un número entero a partir de 1 o deje la celda vacía.</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot;: give a theme&apos;s key or title.</source>
        <translation>Ningún tema se llama &quot;%1&quot;: indique la clave o el título de un tema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a support: give how many people supported the proposal, or leave the cell empty.</source>
        <translation>&quot;%1&quot; no es un apoyo: indique cuántas personas apoyaron la propuesta o deje la celda vacía.</translation>
    </message>
    <message>
        <source>%1 cannot be a sub-point of itself.</source>
        <translation>%1 no puede ser un subpunto de sí misma.</translation>
    </message>
    <message>
        <source>No proposal has the key %1, in this file or in the forum.</source>
        <translation>Ninguna propuesta tiene la clave %1, ni en este archivo ni en el foro.</translation>
    </message>
    <message>
        <source>%1 would be a sub-point of itself: %2.</source>
        <translation>%1 sería un subpunto de sí misma: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself.</source>
        <translation>%1 no puede fusionarse consigo misma.</translation>
    </message>
    <message>
        <source>%1 is merged into %2, so its status must be merged, not %3.</source>
        <translation>%1 está fusionada en %2, así que su estado debe ser merged, no %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;merge:KEY&quot; nor &quot;split:KEY&quot;.</source>
        <translation>&quot;%1&quot; no es ni &quot;merge:KEY&quot; ni &quot;split:KEY&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot come from itself.</source>
        <translation>%1 no puede proceder de sí misma.</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>There is no workshop to print a sheet for.</source>
        <translation>No hay ningún taller para el que imprimir una hoja.</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>franja %1</translation>
    </message>
    <message>
        <source>There is no room in use to print a sign for.</source>
        <translation>No hay ninguna sala en uso para la que imprimir un cartel.</translation>
    </message>
    <message>
        <source>check that the folder exists and can be written to</source>
        <translation>compruebe que la carpeta existe y que se puede escribir en ella</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>&quot;%1&quot; cannot be a key: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>&quot;%1&quot; no puede ser una clave: use de 1 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used: choose another one.</source>
        <translation>La clave &quot;%1&quot; ya se usa: elija otra.</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in the programme any more.</source>
        <translation>Ya no hay ningún elemento llamado &quot;%1&quot; en el programa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ranked it among their preferences</source>
        <translation>
            <numerusform>%n participante lo ha incluido entre sus preferencias</numerusform>
            <numerusform>%n participantes lo han incluido entre sus preferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; cannot be removed: %2. Give them another theme first.</source>
        <translation>El tema &quot;%1&quot; no se puede eliminar: %2. Asígneles antes otro tema.</translation>
    </message>
    <message numerus="yes">
        <source>The time slot %1 holds %n workshop(s): it stays a workshop slot until they are removed.</source>
        <translation>
            <numerusform>La franja horaria %1 contiene %n taller: sigue siendo una franja de talleres hasta que se elimine.</numerusform>
            <numerusform>La franja horaria %1 contiene %n talleres: sigue siendo una franja de talleres hasta que se eliminen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it holds %n workshop(s) (%1)</source>
        <translation>
            <numerusform>contiene %n taller (%1)</numerusform>
            <numerusform>contiene %n talleres (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) said they will miss it</source>
        <translation>
            <numerusform>%n participante ha indicado que no asistirá</numerusform>
            <numerusform>%n participantes han indicado que no asistirán</numerusform>
        </translation>
    </message>
    <message>
        <source>The time slot &quot;%1&quot; cannot be removed: %2. Remove its workshops and edit those participants first.</source>
        <translation>La franja horaria &quot;%1&quot; no se puede eliminar: %2. Elimine antes sus talleres y modifique esos participantes.</translation>
    </message>
    <message>
        <source>no participant has the number %1</source>
        <translation>ningún participante tiene el número %1</translation>
    </message>
    <message>
        <source>People are placed in the workshop %1: it stays in its time slot.</source>
        <translation>Hay personas asignadas al taller %1: se mantiene en su franja horaria.</translation>
    </message>
    <message numerus="yes">
        <source>it is the theme of %n workshop(s) (%1)</source>
        <translation>
            <numerusform>es el tema de %n taller (%1)</numerusform>
            <numerusform>es el tema de %n talleres (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is the theme of %n proposal(s)</source>
        <translation>
            <numerusform>es el tema de %n propuesta</numerusform>
            <numerusform>es el tema de %n propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workshop %1 cannot be removed: it holds %n proposal(s).</source>
        <translation>
            <numerusform>El taller %1 no se puede eliminar: contiene %n propuesta.</numerusform>
            <numerusform>El taller %1 no se puede eliminar: contiene %n propuestas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeText</name>
    <message>
        <source>There is nobody to print a programme for.</source>
        <translation>No hay nadie para quien imprimir un programa.</translation>
    </message>
    <message>
        <source>Personal programmes</source>
        <translation>Programas personales</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeValidation</name>
    <message>
        <source>a theme needs a title</source>
        <translation>un tema necesita un título</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>una sala necesita un nombre</translation>
    </message>
    <message>
        <source>a room seats at least one person</source>
        <translation>una sala tiene al menos una plaza</translation>
    </message>
    <message>
        <source>a day is needed</source>
        <translation>se necesita un día</translation>
    </message>
    <message>
        <source>the day falls outside the forum&apos;s dates (%1 to %2)</source>
        <translation>el día queda fuera de las fechas del foro (del %1 al %2)</translation>
    </message>
    <message>
        <source>start and end times are needed</source>
        <translation>se necesitan las horas de inicio y de fin</translation>
    </message>
    <message>
        <source>the slot must end after it starts</source>
        <translation>la franja debe terminar después de empezar</translation>
    </message>
    <message>
        <source>a workshop slot has no room of its own: each of its workshops has one</source>
        <translation>una franja de talleres no tiene sala propia: cada uno de sus talleres tiene la suya</translation>
    </message>
    <message>
        <source>no room &quot;%1&quot;</source>
        <translation>no existe la sala &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no time slot &quot;%1&quot;</source>
        <translation>no existe la franja horaria &quot;%1&quot;</translation>
    </message>
    <message>
        <source>workshops take place in workshop slots only</source>
        <translation>los talleres solo se celebran en franjas de talleres</translation>
    </message>
    <message>
        <source>no theme &quot;%1&quot;</source>
        <translation>no existe el tema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>&quot;%1&quot; no es un código de idioma ISO 639-1</translation>
    </message>
    <message>
        <source>the facilitator and the rapporteur are two people</source>
        <translation>el facilitador y el relator deben ser dos personas distintas</translation>
    </message>
</context>
<context>
    <name>ProposalChartText</name>
    <message>
        <source> of %1 — %2</source>
        <translation> de %1 — %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>rapporteur: %1</source>
        <translation>relator: %1</translation>
    </message>
    <message>
        <source>No proposals yet: rapporteurs capture them on the Proposals page.</source>
        <translation>Todavía no hay propuestas: los relatores las registran en la página Propuestas.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) retained for the declaration; %1 still to decide, of %2.</source>
        <translation>
            <numerusform>%n propuesta retenida para la declaración; %1 aún por decidir, de %2.</numerusform>
            <numerusform>%n propuestas retenidas para la declaración; %1 aún por decidir, de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workshops in this slot yet.</source>
        <translation>Todavía no hay talleres en esta franja.</translation>
    </message>
    <message>
        <source>Every workshop of the slot has sent proposals.</source>
        <translation>Todos los talleres de la franja han enviado propuestas.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent yet from %n workshop(s): %1.</source>
        <translation>
            <numerusform>%n taller todavía no ha enviado nada: %1.</numerusform>
            <numerusform>%n talleres todavía no han enviado nada: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalFiguresText</name>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <source>A proposal has no key.</source>
        <translation>Una propuesta no tiene clave.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has spaces, commas or semicolons; use letters, digits and dashes.</source>
        <translation>La clave &quot;%1&quot; contiene espacios, comas o punto y coma; use letras, dígitos y guiones.</translation>
    </message>
    <message>
        <source>The proposal %1 has no text.</source>
        <translation>La propuesta %1 no tiene texto.</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot; (proposal %2).</source>
        <translation>Ningún taller se llama &quot;%1&quot; (propuesta %2).</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot; (proposal %2).</source>
        <translation>Ningún tema se llama &quot;%1&quot; (propuesta %2).</translation>
    </message>
    <message>
        <source>The proposal %1 is given as a sub-point of itself.</source>
        <translation>La propuesta %1 figura como subpunto de sí misma.</translation>
    </message>
    <message>
        <source>The proposal %1 is a sub-point of %2, which does not exist.</source>
        <translation>La propuesta %1 es un subpunto de %2, que no existe.</translation>
    </message>
    <message>
        <source>The proposal %1 is given as merged into itself.</source>
        <translation>La propuesta %1 figura como fusionada en sí misma.</translation>
    </message>
    <message>
        <source>The proposal %1 is merged into %2, which does not exist.</source>
        <translation>La propuesta %1 está fusionada en %2, que no existe.</translation>
    </message>
    <message>
        <source>The proposal %1 is merged into %2 but its status is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>La propuesta %1 está fusionada en %2 pero su estado es &quot;%3&quot;, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>The proposal %1 names SDG %2; the goals are numbered 1 to 17.</source>
        <translation>La propuesta %1 menciona el ODS %2; los objetivos están numerados del 1 al 17.</translation>
    </message>
    <message>
        <source>The proposal %1 has a negative support (%2).</source>
        <translation>La propuesta %1 tiene un apoyo negativo (%2).</translation>
    </message>
    <message>
        <source>The proposals %1 are sub-points of each other.</source>
        <translation>Las propuestas %1 son subpuntos unas de otras.</translation>
    </message>
    <message>
        <source>Two proposals have the key &quot;%1&quot;.</source>
        <translation>Dos propuestas tienen la clave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The history links the proposal %1 to itself.</source>
        <translation>El historial vincula la propuesta %1 consigo misma.</translation>
    </message>
    <message>
        <source>The history names the proposal %1, which does not exist.</source>
        <translation>El historial menciona la propuesta %1, que no existe.</translation>
    </message>
    <message>
        <source>No proposal has the key &quot;%1&quot;; it may have been removed meanwhile.</source>
        <translation>Ninguna propuesta tiene la clave &quot;%1&quot;; puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>The history has no step from %1 to %2.</source>
        <translation>El historial no tiene ningún paso de %1 a %2.</translation>
    </message>
    <message>
        <source>A proposal&apos;s key cannot change (%1 → %2).</source>
        <translation>La clave de una propuesta no puede cambiar (%1 → %2).</translation>
    </message>
    <message>
        <source>A proposal with the key &quot;%1&quot; exists already.</source>
        <translation>Ya existe una propuesta con la clave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proposal %1 is not in the same list as the new one.</source>
        <translation>La propuesta %1 no está en la misma lista que la nueva.</translation>
    </message>
    <message>
        <source>A proposal is given twice in the new order.</source>
        <translation>Una propuesta figura dos veces en el nuevo orden.</translation>
    </message>
    <message>
        <source>A proposal is marked as merged by merging it with others.</source>
        <translation>Una propuesta solo se marca como fusionada al fusionarla con otras.</translation>
    </message>
    <message>
        <source>The first proposal of a list cannot become a sub-point: there is no proposal before it.</source>
        <translation>La primera propuesta de una lista no puede convertirse en subpunto: no hay ninguna propuesta antes.</translation>
    </message>
    <message>
        <source>The proposal %1 is not a sub-point.</source>
        <translation>La propuesta %1 no es un subpunto.</translation>
    </message>
    <message>
        <source>The proposal %1 was merged into %2 already; merge or split %2 instead.</source>
        <translation>La propuesta %1 ya se fusionó en %2; fusione o divida %2 en su lugar.</translation>
    </message>
    <message>
        <source>The proposal %1 was merged or split already; use the proposals it became.</source>
        <translation>La propuesta %1 ya se fusionó o dividió; use las propuestas que surgieron de ella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a proposal&apos;s key: use letters, digits and dashes, without spaces.</source>
        <translation>&quot;%1&quot; no puede ser la clave de una propuesta: use letras, dígitos y guiones, sin espacios.</translation>
    </message>
    <message>
        <source>Choose at least two proposals to merge.</source>
        <translation>Elija al menos dos propuestas para fusionar.</translation>
    </message>
    <message>
        <source>The proposal %1 is a sub-point of another proposal being merged; merge the proposals it belongs to, or move it out first.</source>
        <translation>La propuesta %1 es un subpunto de otra propuesta que se está fusionando; fusione las propuestas a las que pertenece o sáquela antes.</translation>
    </message>
    <message>
        <source>The merged proposal needs a text.</source>
        <translation>La propuesta fusionada necesita un texto.</translation>
    </message>
    <message>
        <source>Each part of a split needs a text.</source>
        <translation>Cada parte de una división necesita un texto.</translation>
    </message>
    <message>
        <source>Give at least two texts to split a proposal into.</source>
        <translation>Indique al menos dos textos en los que dividir una propuesta.</translation>
    </message>
    <message>
        <source>%1 keys were given for %2 new proposals.</source>
        <translation>Se dieron %1 claves para %2 propuestas nuevas.</translation>
    </message>
    <message>
        <source>Retained proposals keep the declaration&apos;s order, apart from the others: change their order on the Curate tab.</source>
        <translation>Las propuestas retenidas conservan el orden de la declaración, aparte de las demás: cambie su orden en la pestaña Depuración.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Row %1 contained NUL bytes; they were removed.</source>
        <translation>La fila %1 contenía bytes NUL; se han eliminado.</translation>
    </message>
    <message>
        <source>Row %1: a quote opened here is never closed; the rest of the file was read as one cell.</source>
        <translation>Fila %1: unas comillas abiertas aquí no se cierran nunca; el resto del archivo se ha leído como una sola celda.</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once; both columns are kept.</source>
        <translation>La columna “%1” aparece más de una vez; se conservan ambas columnas.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has %n non-empty cell(s) beyond the last column; they were dropped.</source>
        <translation>
            <numerusform>La fila %1 tiene %n celda no vacía más allá de la última columna; se ha descartado.</numerusform>
            <numerusform>La fila %1 tiene %n celdas no vacías más allá de la última columna; se han descartado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3; the missing cells are left empty.</source>
        <translation>La fila %1 tiene %2 celdas en lugar de %3; las celdas que faltan se dejan vacías.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>The table is too large; rows from %1 on were not read.</source>
        <translation>La tabla es demasiado grande; no se han leído las filas a partir de la %1.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Codificación desconocida “%1”: use UTF-8, UTF-16LE, UTF-16BE o Windows-1252.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns.</source>
        <translation>Unas comillas o un salto de línea no pueden separar columnas.</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they were replaced by “�”.</source>
        <translation>Algunos bytes no son válidos en %1; se han sustituido por “�”.</translation>
    </message>
    <message>
        <source>%1 is not an .ods workbook.</source>
        <translation>%1 no es un libro .ods.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation>%1 está dañado: no se puede leer su parte %2.</translation>
    </message>
    <message>
        <source>“%1” looks like a zip archive but cannot be opened; it may be damaged.</source>
        <translation>“%1” parece un archivo zip, pero no se puede abrir; puede estar dañado.</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument file but not a spreadsheet (.ods).</source>
        <translation>“%1” es un archivo OpenDocument, pero no una hoja de cálculo (.ods).</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but neither an .xlsx nor an .ods workbook.</source>
        <translation>“%1” es un archivo zip, pero no es un libro .xlsx ni .ods.</translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which cannot be read here: save it as .xlsx without a password, or as CSV.</source>
        <translation>“%1” es un libro de Excel 97–2003 (.xls) o un libro protegido con contraseña, que no se puede leer aquí: guárdelo como .xlsx sin contraseña o como CSV.</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header row.</source>
        <translation>“%1” está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>“%1” is not a valid .%2 workbook: it is not a zip archive.</source>
        <translation>“%1” no es un libro .%2 válido: no es un archivo zip.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation>No se puede leer “%1”: el archivo no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: it is a folder.</source>
        <translation>No se puede leer “%1”: es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook.</source>
        <translation>%1 no es un libro .xlsx.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) cannot be read.</source>
        <translation>%1 está dañado: no se puede leer su primera hoja (%2).</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n taller</numerusform>
            <numerusform>%n talleres</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop %1 is no longer in the programme.</source>
        <translation>El taller %1 ya no figura en el programa.</translation>
    </message>
    <message>
        <source>A workshop takes place in a room: drop it on a room&apos;s row.</source>
        <translation>Un taller se celebra en una sala: suéltelo en la fila de una sala.</translation>
    </message>
    <message>
        <source>Move workshop %1 to %2</source>
        <translation>Mover el taller %1 a %2</translation>
    </message>
    <message>
        <source>The time slot %1 is no longer in the programme.</source>
        <translation>La franja horaria %1 ya no figura en el programa.</translation>
    </message>
    <message>
        <source>A workshop slot has no room of its own: drag one of its workshops to change that workshop&apos;s room.</source>
        <translation>Una franja de talleres no tiene sala propia: arrastre uno de sus talleres para cambiar la sala de ese taller.</translation>
    </message>
    <message>
        <source>%1 would end after midnight: drop it earlier in the day.</source>
        <translation>%1 terminaría después de medianoche: suéltelo más temprano.</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message>
        <source>Move “%1” to %2, %3</source>
        <translation>Mover “%1”: %2, %3</translation>
    </message>
</context>
<context>
    <name>Sdg</name>
    <message>
        <source>No poverty</source>
        <translation>Fin de la pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Hambre cero</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Salud y bienestar</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educación de calidad</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Agua limpia y saneamiento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energía asequible y no contaminante</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabajo decente y crecimiento económico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industria, innovación e infraestructura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reducción de las desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Ciudades y comunidades sostenibles</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Producción y consumo responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Acción por el clima</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vida submarina</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vida de ecosistemas terrestres</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justicia e instituciones sólidas</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Alianzas para lograr los objetivos</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODS %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>saving the forum&apos;s settings</source>
        <translation>guardar la configuración del foro</translation>
    </message>
    <message>
        <source>adding participants</source>
        <translation>añadir participantes</translation>
    </message>
    <message>
        <source>saving a participant</source>
        <translation>guardar un participante</translation>
    </message>
    <message>
        <source>deleting participants</source>
        <translation>eliminar participantes</translation>
    </message>
    <message numerus="yes">
        <source>The forum description has %n problem(s):</source>
        <translation>
            <numerusform>La descripción del foro tiene %n problema:</numerusform>
            <numerusform>La descripción del foro tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum file could not be updated while %1.</source>
        <translation>No se pudo actualizar el archivo del foro al %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Falta el controlador SQLite de Qt (instale libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>No se pudo abrir “%1”.</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>establecer la conexión</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Cordée forum: it is not a database file.</source>
        <translation>“%1” no es un foro de Cordée: no es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Cordée forum.</source>
        <translation>“%1” es una base de datos, pero no un foro de Cordée.</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>comprobar el archivo</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>“%1” está dañado y no se puede abrir. Abra una copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cordée (file format %2; this version reads up to %3). Update Cordée to open it.</source>
        <translation>“%1” fue escrito por una versión más reciente de Cordée (formato de archivo %2; esta versión lee hasta el formato %3). Actualice Cordée para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is read-only; Cordée saves every change at once and needs to write it.</source>
        <translation>“%1” es de solo lectura; Cordée guarda cada cambio al instante y necesita escribir en él.</translation>
    </message>
    <message>
        <source>“%1” is in an older format: open it once in Cordée to update it.</source>
        <translation>“%1” tiene un formato antiguo: ábralo una vez en Cordée para actualizarlo.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” ya existe.</translation>
    </message>
    <message>
        <source>creating the file</source>
        <translation>crear el archivo</translation>
    </message>
    <message>
        <source>updating the file to format %1</source>
        <translation>convertir el archivo al formato %1</translation>
    </message>
    <message>
        <source>The forum could not be copied: no SQLite connection.</source>
        <translation>No se pudo copiar el foro: no hay conexión SQLite.</translation>
    </message>
    <message>
        <source>A forum cannot be copied onto itself (“%1”).</source>
        <translation>Un foro no se puede copiar sobre sí mismo (“%1”).</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written.</source>
        <translation>No se pudo escribir la copia “%1”.</translation>
    </message>
    <message>
        <source>saving the file</source>
        <translation>guardar el archivo</translation>
    </message>
    <message>
        <source>saving the workshops&apos; members</source>
        <translation>guardar los miembros de los talleres</translation>
    </message>
    <message>
        <source>An assignment names an unknown workshop or participant.</source>
        <translation>Una asignación menciona un taller o un participante desconocido.</translation>
    </message>
    <message>
        <source>writing the forum</source>
        <translation>escribir el foro</translation>
    </message>
    <message>
        <source>reading the forum&apos;s settings</source>
        <translation>leer la configuración del foro</translation>
    </message>
    <message>
        <source>reading the themes</source>
        <translation>leer los temas</translation>
    </message>
    <message>
        <source>reading the rooms</source>
        <translation>leer las salas</translation>
    </message>
    <message>
        <source>reading the programme</source>
        <translation>leer el programa</translation>
    </message>
    <message>
        <source>reading the workshops</source>
        <translation>leer los talleres</translation>
    </message>
    <message>
        <source>reading the declaration</source>
        <translation>leer la declaración</translation>
    </message>
    <message>
        <source>reading the guests of honour</source>
        <translation>leer los invitados de honor</translation>
    </message>
    <message>
        <source>saving the declaration</source>
        <translation>guardar la declaración</translation>
    </message>
    <message>
        <source>saving a theme</source>
        <translation>guardar un tema</translation>
    </message>
    <message>
        <source>saving a room</source>
        <translation>guardar una sala</translation>
    </message>
    <message>
        <source>saving a time slot</source>
        <translation>guardar una franja horaria</translation>
    </message>
    <message>
        <source>saving a workshop</source>
        <translation>guardar un taller</translation>
    </message>
    <message>
        <source>counting workshops</source>
        <translation>contar los talleres</translation>
    </message>
    <message>
        <source>counting proposals</source>
        <translation>contar las propuestas</translation>
    </message>
    <message>
        <source>reading keys</source>
        <translation>leer las claves</translation>
    </message>
    <message>
        <source>looking up &quot;%1&quot;</source>
        <translation>buscar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in %2.</source>
        <translation>No hay ningún elemento llamado &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>Participant %1 is not in the forum.</source>
        <translation>El participante %1 no figura en el foro.</translation>
    </message>
    <message>
        <source>reading the participants</source>
        <translation>leer los participantes</translation>
    </message>
    <message>
        <source>saving a participant&apos;s preferences</source>
        <translation>guardar las preferencias de un participante</translation>
    </message>
    <message>
        <source>There is no theme &quot;%1&quot; in this forum.</source>
        <translation>No hay ningún tema &quot;%1&quot; en este foro.</translation>
    </message>
    <message>
        <source>There is no time slot &quot;%1&quot; in this forum.</source>
        <translation>No hay ninguna franja horaria &quot;%1&quot; en este foro.</translation>
    </message>
    <message>
        <source>deleting a participant</source>
        <translation>eliminar un participante</translation>
    </message>
    <message>
        <source>importing participants</source>
        <translation>importar participantes</translation>
    </message>
    <message>
        <source>reading a person&apos;s data</source>
        <translation>leer los datos de una persona</translation>
    </message>
    <message>
        <source>erasing a person&apos;s data</source>
        <translation>borrar los datos de una persona</translation>
    </message>
    <message>
        <source>No time slot is called &quot;%1&quot;.</source>
        <translation>Ninguna franja horaria se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reading the workshops&apos; members</source>
        <translation>leer los miembros de los talleres</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot;.</source>
        <translation>Ningún taller se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; is not in the slots being replaced.</source>
        <translation>El taller &quot;%1&quot; no está en las franjas que se sustituyen.</translation>
    </message>
    <message>
        <source>removing workshops</source>
        <translation>eliminar talleres</translation>
    </message>
    <message>
        <source>moving a participant</source>
        <translation>mover a un participante</translation>
    </message>
    <message>
        <source>forming the workshops</source>
        <translation>formar los talleres</translation>
    </message>
    <message>
        <source>adding a theme</source>
        <translation>añadir un tema</translation>
    </message>
    <message>
        <source>removing a theme</source>
        <translation>eliminar un tema</translation>
    </message>
    <message>
        <source>adding a room</source>
        <translation>añadir una sala</translation>
    </message>
    <message>
        <source>removing a room</source>
        <translation>eliminar una sala</translation>
    </message>
    <message>
        <source>adding a time slot</source>
        <translation>añadir una franja horaria</translation>
    </message>
    <message>
        <source>removing a time slot</source>
        <translation>eliminar una franja horaria</translation>
    </message>
    <message>
        <source>adding a workshop</source>
        <translation>añadir un taller</translation>
    </message>
    <message>
        <source>removing a workshop</source>
        <translation>eliminar un taller</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; is not in the slot &quot;%2&quot;.</source>
        <translation>El taller &quot;%1&quot; no está en la franja &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>recording the export of the declaration</source>
        <translation>registrar la exportación de la declaración</translation>
    </message>
    <message>
        <source>reading the exports of the declaration</source>
        <translation>leer las exportaciones de la declaración</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in the forum any more.</source>
        <translation>Ya no hay ningún elemento llamado &quot;%1&quot; en el foro.</translation>
    </message>
    <message>
        <source>ordering the themes</source>
        <translation>ordenar los temas</translation>
    </message>
    <message>
        <source>reading the proposals</source>
        <translation>leer las propuestas</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot; (proposal %2).</source>
        <translation>Ningún taller se llama &quot;%1&quot; (propuesta %2).</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot; (proposal %2).</source>
        <translation>Ningún tema se llama &quot;%1&quot; (propuesta %2).</translation>
    </message>
    <message>
        <source>The rapporteur of the proposal %1 (participant %2) is not in the forum.</source>
        <translation>El relator de la propuesta %1 (participante %2) no figura en el foro.</translation>
    </message>
    <message>
        <source>The proposal %1 has no text.</source>
        <translation>La propuesta %1 no tiene texto.</translation>
    </message>
    <message>
        <source>The proposal %1 is a sub-point of %2, which does not exist.</source>
        <translation>La propuesta %1 es un subpunto de %2, que no existe.</translation>
    </message>
    <message>
        <source>The proposal %1 is merged into %2, which does not exist.</source>
        <translation>La propuesta %1 está fusionada en %2, que no existe.</translation>
    </message>
    <message>
        <source>saving a proposal</source>
        <translation>guardar una propuesta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a proposal&apos;s key.</source>
        <translation>&quot;%1&quot; no puede ser la clave de una propuesta.</translation>
    </message>
    <message>
        <source>A proposal with the key &quot;%1&quot; exists already.</source>
        <translation>Ya existe una propuesta con la clave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No proposal is called &quot;%1&quot;; it may have been removed meanwhile.</source>
        <translation>Ninguna propuesta se llama &quot;%1&quot;; puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>removing a proposal</source>
        <translation>eliminar una propuesta</translation>
    </message>
    <message>
        <source>ordering the proposals</source>
        <translation>ordenar las propuestas</translation>
    </message>
    <message>
        <source>saving the history of the proposals</source>
        <translation>guardar el historial de las propuestas</translation>
    </message>
    <message>
        <source>No proposal is called &quot;%1&quot;.</source>
        <translation>Ninguna propuesta se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A step of the history must link two different proposals.</source>
        <translation>Un paso del historial debe vincular dos propuestas distintas.</translation>
    </message>
    <message>
        <source>saving proposals</source>
        <translation>guardar las propuestas</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>registrar la exportación</translation>
    </message>
    <message numerus="yes">
        <source>The workshops of the slot &quot;%1&quot; hold %n proposal(s): they cannot be removed.</source>
        <translation>
            <numerusform>Los talleres de la franja &quot;%1&quot; contienen %n propuesta: no se pueden eliminar.</numerusform>
            <numerusform>Los talleres de la franja &quot;%1&quot; contienen %n propuestas: no se pueden eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the guests of honour</source>
        <translation>guardar los invitados de honor</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a key must be 1–64 letters, digits, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;)</source>
        <translation>una clave debe tener de 1 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos; (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>la clave &quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>a first or a last name is needed</source>
        <translation>se necesita un nombre o un apellido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>&quot;%1&quot; no es un código de idioma ISO 639-1</translation>
    </message>
    <message>
        <source>at most 5 theme preferences</source>
        <translation>como máximo 5 preferencias de tema</translation>
    </message>
    <message>
        <source>no theme &quot;%1&quot;</source>
        <translation>no existe el tema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is ranked twice</source>
        <translation>el tema &quot;%1&quot; está clasificado dos veces</translation>
    </message>
    <message>
        <source>no time slot &quot;%1&quot;</source>
        <translation>no existe la franja horaria &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at least one role is needed</source>
        <translation>se necesita al menos un rol</translation>
    </message>
    <message>
        <source>the forum needs a title</source>
        <translation>el foro necesita un título</translation>
    </message>
    <message>
        <source>the edition cannot be negative</source>
        <translation>el número de edición no puede ser negativo</translation>
    </message>
    <message>
        <source>the forum ends before it starts</source>
        <translation>el foro termina antes de empezar</translation>
    </message>
    <message>
        <source>the forum needs at least one language</source>
        <translation>el foro necesita al menos un idioma</translation>
    </message>
    <message>
        <source>a workshop needs at least one person</source>
        <translation>un taller necesita al menos una persona</translation>
    </message>
    <message>
        <source>the largest workshop size is below the smallest</source>
        <translation>el tamaño máximo de los talleres es inferior al mínimo</translation>
    </message>
    <message>
        <source>a theme needs a title</source>
        <translation>un tema necesita un título</translation>
    </message>
    <message>
        <source>a room holds at least one person (got %1)</source>
        <translation>una sala tiene capacidad para al menos una persona (se recibió %1)</translation>
    </message>
    <message>
        <source>a date is needed (YYYY-MM-DD)</source>
        <translation>se necesita una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the slot falls outside the forum&apos;s dates</source>
        <translation>la franja queda fuera de las fechas del foro</translation>
    </message>
    <message>
        <source>start and end times are needed (HH:MM)</source>
        <translation>se necesitan las horas de inicio y de fin (HH:MM)</translation>
    </message>
    <message>
        <source>the slot ends before it starts</source>
        <translation>la franja termina antes de empezar</translation>
    </message>
    <message>
        <source>no room &quot;%1&quot;</source>
        <translation>no existe la sala &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no slot &quot;%1&quot;</source>
        <translation>no existe la franja &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other gender</source>
        <translation>Otro género</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>Edad no indicada</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Menos de 25 años</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34 años</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49 años</translation>
    </message>
    <message>
        <source>50–64</source>
        <translation>50–64 años</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 años o más</translation>
    </message>
    <message>
        <source>Category not stated</source>
        <translation>Categoría no indicada</translation>
    </message>
    <message>
        <source>SSE entrepreneur</source>
        <translation>Emprendedor de la ESS</translation>
    </message>
    <message>
        <source>Union official</source>
        <translation>Dirigente sindical</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional del sector</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <source>Other category</source>
        <translation>Otra categoría</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Guest of honour</source>
        <translation>Invitado de honor</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
</context>
<context>
    <name>WorkshopBoard</name>
    <message numerus="yes">
        <source>%n member(s), fewer than the minimum of %1</source>
        <translation>
            <numerusform>%n miembro, menos que el mínimo de %1</numerusform>
            <numerusform>%n miembros, menos que el mínimo de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), more than the %1 it can hold</source>
        <translation>
            <numerusform>%n miembro, más de los %1 que admite</numerusform>
            <numerusform>%n miembros, más de los %1 que admite</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not speak the workshop&apos;s language (%2)</source>
        <translation>%1 no habla el idioma del taller (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cordee::AboutDialog</name>
    <message>
        <source>About Cordée</source>
        <translation>Acerca de Cordée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cordée %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cordée %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From the participants of an international forum to its final declaration: registration, programme, workshops, proposals and the declaration in English, French and Spanish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De los participantes de un foro internacional a su declaración final: inscripción, programa, talleres, propuestas y la declaración en inglés, francés y español.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cordée is free software: you may share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cordée es software libre: puede redistribuirlo y modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licencia Pública General de GNU, versión 3 o cualquier versión posterior&lt;/a&gt; (GPL-3.0-or-later). Se distribuye sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data and artwork&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Datos y gráficos&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Country names&lt;/b&gt; in English, French and Spanish: Debian&apos;s &lt;i&gt;iso-codes&lt;/i&gt; (ISO 3166-1), LGPL-2.1-or-later, with Cordée&apos;s own table of continents.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Icons&lt;/b&gt;: KDE&apos;s Breeze and Breeze Dark icon themes, © KDE Visual Design Group, LGPL-3.0-or-later; the application icon is Cordée&apos;s own (GPL-3.0-or-later).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fonts&lt;/b&gt; of the declaration and the printed documents: Noto, from Debian&apos;s &lt;i&gt;fonts-noto-core&lt;/i&gt; and &lt;i&gt;fonts-noto-cjk&lt;/i&gt;, SIL Open Font License 1.1; used from the system, not bundled.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Nombres de países&lt;/b&gt; en inglés, francés y español: &lt;i&gt;iso-codes&lt;/i&gt; de Debian (ISO 3166-1), LGPL-2.1-or-later, con la tabla de continentes propia de Cordée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Iconos&lt;/b&gt;: temas de iconos Breeze y Breeze Dark de KDE, © KDE Visual Design Group, LGPL-3.0-or-later; el icono de la aplicación es propio de Cordée (GPL-3.0-or-later).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tipos de letra&lt;/b&gt; de la declaración y de los documentos impresos: Noto, de los paquetes de Debian &lt;i&gt;fonts-noto-core&lt;/i&gt; y &lt;i&gt;fonts-noto-cjk&lt;/i&gt;, SIL Open Font License 1.1; se usan los del sistema, no se incluyen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cordee::ActorsEdit</name>
    <message>
        <source>Add an actor…</source>
        <translation>Añadir un actor…</translation>
    </message>
    <message>
        <source>Add a target actor</source>
        <translation>Añadir un actor destinatario</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Actor %1, press to remove</source>
        <translation>Actor %1, pulse para quitarlo</translation>
    </message>
</context>
<context>
    <name>cordee::CaptureOutline</name>
    <message>
        <source>Add proposal %1</source>
        <translation>Añadir la propuesta %1</translation>
    </message>
    <message>
        <source>Make %1 a proposal of its own</source>
        <translation>Convertir %1 en una propuesta independiente</translation>
    </message>
    <message>
        <source>There is no proposal above this one to make it a sub-point of.</source>
        <translation>No hay ninguna propuesta encima de esta de la que pueda ser un subpunto.</translation>
    </message>
    <message>
        <source>Make %1 a sub-point</source>
        <translation>Convertir %1 en un subpunto</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>This proposal has sub-points: remove them first, or delete it from the toolbar.</source>
        <translation>Esta propuesta tiene subpuntos: quítelos primero o elimínela desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>Remove proposal %1</source>
        <translation>Quitar la propuesta %1</translation>
    </message>
    <message>
        <source>A proposal cannot be empty: its text is back. Del in an empty proposal removes it.</source>
        <translation>Una propuesta no puede estar vacía: su texto se ha restablecido. Supr en una propuesta vacía la quita.</translation>
    </message>
    <message>
        <source>No proposal of the plenary yet: type the first one here…</source>
        <translation>Aún no hay propuestas de la plenaria: escriba la primera aquí…</translation>
    </message>
    <message>
        <source>No proposal from this workshop yet: type the first one here…</source>
        <translation>Aún no hay propuestas de este taller: escriba la primera aquí…</translation>
    </message>
</context>
<context>
    <name>cordee::CaptureView</name>
    <message>
        <source>Workshop whose proposals are captured</source>
        <translation>Taller cuyas propuestas se registran</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Taller:</translation>
    </message>
    <message>
        <source>Proposals of the workshop</source>
        <translation>Propuestas del taller</translation>
    </message>
    <message>
        <source>Similar proposals already captured</source>
        <translation>Propuestas similares ya registradas</translation>
    </message>
    <message>
        <source>Type a proposal: those captured elsewhere that say the same show here.</source>
        <translation>Escriba una propuesta: las registradas en otros lugares que dicen lo mismo aparecen aquí.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Cambiar %1 al estado %2</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Relator: %1</translation>
    </message>
    <message>
        <source>No rapporteur named</source>
        <translation>Ningún relator designado</translation>
    </message>
    <message>
        <source>Proposals made in plenary, and those merged across workshops</source>
        <translation>Propuestas hechas en plenaria y las fusionadas entre talleres</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing captured so far says the same.</source>
        <translation>Nada de lo registrado hasta ahora dice lo mismo.</translation>
    </message>
    <message>
        <source>Enter: next proposal · Tab / Shift+Tab: sub-point and back · Alt+↑/↓ or the grip: move · Del in an empty one: remove · Ctrl+Z: undo · Ctrl+Tab: leave the list</source>
        <translation>Intro: propuesta siguiente · Tab / Mayús+Tab: subpunto y vuelta · Alt+↑/↓ o el asa: mover · Supr en una vacía: eliminar · Ctrl+Z: deshacer · Ctrl+Tab: salir de la lista</translation>
    </message>
</context>
<context>
    <name>cordee::CurateView</name>
    <message>
        <source>All proposals</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Propuestas similares</translation>
    </message>
    <message>
        <source>Merge with Selected…</source>
        <translation>Fusionar con las seleccionadas…</translation>
    </message>
    <message>
        <source>Merge the proposal chosen above with the similar ones selected here</source>
        <translation>Fusionar la propuesta elegida arriba con las similares seleccionadas aquí</translation>
    </message>
    <message>
        <source>Search proposals… (Ctrl+F)</source>
        <translation>Buscar propuestas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation>Buscar propuestas</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>Filtrar por taller</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Retained proposals in the declaration&apos;s order</source>
        <translation>Propuestas retenidas en el orden de la declaración</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected proposal up (Alt+Up)</source>
        <translation>Subir la propuesta seleccionada (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected proposal down (Alt+Down)</source>
        <translation>Bajar la propuesta seleccionada (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Group by Theme</source>
        <translation>Agrupar por tema</translation>
    </message>
    <message>
        <source>Order the retained proposals theme by theme, in the programme&apos;s order of themes, keeping their order within each theme</source>
        <translation>Ordenar las propuestas retenidas tema por tema, en el orden de los temas del programa, conservando su orden dentro de cada tema</translation>
    </message>
    <message>
        <source>Drag to reorder; sub-points move under their proposal.</source>
        <translation>Arrastre para reordenar; los subpuntos se mueven con su propuesta.</translation>
    </message>
    <message>
        <source>No proposals yet. Rapporteurs type them on the Capture tab, workshop by workshop; here the synthesis committee then finds the ones that say the same, merges them, retains the best and orders them for the declaration.</source>
        <translation>Todavía no hay propuestas. Los relatores las escriben en la pestaña Registro, taller por taller; aquí el comité de síntesis encuentra luego las que dicen lo mismo, las fusiona, retiene las mejores y las ordena para la declaración.</translation>
    </message>
    <message>
        <source>Capture Proposals</source>
        <translation>Registrar propuestas</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open (draft or submitted)</source>
        <translation>Abiertas (borrador o presentadas)</translation>
    </message>
    <message>
        <source>All but merged</source>
        <translation>Todas salvo fusionadas</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Todos los talleres</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Filters cleared to show %1.</source>
        <translation>Filtros borrados para mostrar %1.</translation>
    </message>
    <message>
        <source>Select a proposal to see those most likely to say the same.</source>
        <translation>Seleccione una propuesta para ver las que más probablemente dicen lo mismo.</translation>
    </message>
    <message>
        <source>No other proposal says much the same.</source>
        <translation>Ninguna otra propuesta dice más o menos lo mismo.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Group the retained proposals by theme</source>
        <translation>Agrupar las propuestas retenidas por tema</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proposal(s) shown</source>
        <translation>
            <numerusform>Mostradas: %1 de %n propuesta</numerusform>
            <numerusform>Mostradas: %1 de %n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Retained for the declaration (%1)</source>
        <translation>Retenidas para la declaración (%1)</translation>
    </message>
</context>
<context>
    <name>cordee::DashboardPage</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Franja:</translation>
    </message>
    <message>
        <source>Workshop slot</source>
        <translation>Franja de talleres</translation>
    </message>
    <message>
        <source>&amp;Refresh Charts</source>
        <translation>&amp;Actualizar gráficos</translation>
    </message>
    <message>
        <source>Redraw every chart from the forum as it is now (F5)</source>
        <translation>Volver a dibujar cada gráfico a partir del foro tal como está ahora (F5)</translation>
    </message>
    <message>
        <source>Participants by continent</source>
        <translation>Participantes por continente</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Países principales</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Tramos de edad</translation>
    </message>
    <message>
        <source>No workshop slot yet: plan one on the Programme page.</source>
        <translation>Todavía no hay ninguna franja de talleres: planifique una en la página Programa.</translation>
    </message>
    <message>
        <source>Workshop sizes</source>
        <translation>Tamaño de los talleres</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translation>Equilibrio de género</translation>
    </message>
    <message>
        <source>Countries and continents</source>
        <translation>Países y continentes</translation>
    </message>
    <message>
        <source>Preferences met</source>
        <translation>Preferencias satisfechas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the chart “%1”</source>
        <translation>Exportar el gráfico “%1”</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Guardar este gráfico en PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Gráfico exportado a %1</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and can be written to.</source>
        <translation>No se pudo escribir %1. Compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>The dashboard shows who came, how balanced the workshops are and what they propose. Open a forum, or register participants on the Participants page.</source>
        <translation>El panel muestra quién vino, qué tan equilibrados están los talleres y qué proponen. Abra un foro o inscriba participantes en la página Participantes.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Proposals by theme and status</source>
        <translation>Propuestas por tema y estado</translation>
    </message>
    <message>
        <source>Proposals sent</source>
        <translation>Propuestas enviadas</translation>
    </message>
</context>
<context>
    <name>cordee::DeclarationPartsView</name>
    <message>
        <source>Place and date</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Computed: the forum&apos;s city and last day, from Forum Settings.</source>
        <translation>Calculados: la ciudad del foro y su último día, según la Configuración del foro.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Computed from the edition&apos;s number and the forum&apos;s name.</source>
        <translation>Calculado a partir del número de la edición y del nombre del foro.</translation>
    </message>
    <message>
        <source>The edition&apos;s question</source>
        <translation>La pregunta de la edición</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Computed: the dates and place from Forum Settings; the figures from the Participants page, cancelled registrations not counted.</source>
        <translation>Calculada: las fechas y el lugar según la Configuración del foro; las cifras según la página Participantes, sin contar las inscripciones canceladas.</translation>
    </message>
    <message>
        <source>Patronage</source>
        <translation>Patrocinio</translation>
    </message>
    <message>
        <source>Guests of honour</source>
        <translation>Invitados de honor</translation>
    </message>
    <message>
        <source>The guests of honour recorded in the forum file, with their titles in this language.</source>
        <translation>Los invitados de honor registrados en el archivo del foro, con sus títulos en este idioma.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>Computed from the categories of the participants present (Participants page).</source>
        <translation>Calculado a partir de las categorías de los participantes presentes (página Participantes).</translation>
    </message>
    <message>
        <source>The proposals</source>
        <translation>Las propuestas</translation>
    </message>
    <message>
        <source>Your words before the proposals, then the proposals retained on the Proposals page, in the committee&apos;s order.</source>
        <translation>Su texto antes de las propuestas y, a continuación, las propuestas retenidas en la página Propuestas, en el orden del comité.</translation>
    </message>
    <message>
        <source>Order the Proposals…</source>
        <translation>Ordenar las propuestas…</translation>
    </message>
    <message>
        <source>Open the Proposals page to retain proposals and set their order</source>
        <translation>Abrir la página Propuestas para retener propuestas y fijar su orden</translation>
    </message>
    <message>
        <source>Closing text</source>
        <translation>Texto de clausura</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Computed: the organizer, from Forum Settings.</source>
        <translation>Calculada: el organizador, según la Configuración del foro.</translation>
    </message>
    <message>
        <source>The forum&apos;s name as the declaration writes it in %1:</source>
        <translation>El nombre del foro tal como lo escribe la declaración en %1:</translation>
    </message>
    <message>
        <source>The common text of every language; what you type here is kept for %1 only.</source>
        <translation>El texto común a todos los idiomas; lo que escriba aquí solo se aplica a la declaración en %1.</translation>
    </message>
    <message>
        <source>Empty: the part is left out</source>
        <translation>Vacío: la parte se omite</translation>
    </message>
    <message>
        <source>Empty: the declaration writes “%1”</source>
        <translation>Vacío: la declaración escribe “%1”</translation>
    </message>
    <message>
        <source>No city or dates in Forum Settings: the line is left out.</source>
        <translation>No hay ciudad ni fechas en la Configuración del foro: la línea se omite.</translation>
    </message>
    <message>
        <source>No guests of honour recorded: the part is left out.</source>
        <translation>No hay invitados de honor registrados: la parte se omite.</translation>
    </message>
    <message>
        <source>No participants yet: the part is left out.</source>
        <translation>Todavía no hay participantes: la parte se omite.</translation>
    </message>
    <message>
        <source>No organizer in Forum Settings: the signature is left out.</source>
        <translation>No hay organizador en la Configuración del foro: la firma se omite.</translation>
    </message>
    <message numerus="yes">
        <source>%n retained proposal(s)</source>
        <translation>
            <numerusform>%n propuesta retenida</numerusform>
            <numerusform>%n propuestas retenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-point(s)</source>
        <translation>
            <numerusform>%n subpunto</numerusform>
            <numerusform>%n subpuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal retained yet.</source>
        <translation>Todavía no hay ninguna propuesta retenida.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present (cancelled excluded)</source>
        <translation>
            <numerusform>%n participante presente (sin contar las cancelaciones)</numerusform>
            <numerusform>%n participantes presentes (sin contar las cancelaciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation>
            <numerusform>%n continente</numerusform>
            <numerusform>%n continentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Guests…</source>
        <translation>Modificar los invitados…</translation>
    </message>
    <message>
        <source>Add, remove or reorder the guests of honour and their titles</source>
        <translation>Añadir, quitar o reordenar los invitados de honor y sus títulos</translation>
    </message>
    <message>
        <source>Guests of Honour</source>
        <translation>Invitados de honor</translation>
    </message>
</context>
<context>
    <name>cordee::DeclarationPreview</name>
    <message>
        <source>Preview of the declaration&apos;s pages</source>
        <translation>Vista previa de las páginas de la declaración</translation>
    </message>
</context>
<context>
    <name>cordee::DemandPlanDialog</name>
    <message>
        <source>Plan Workshops from Demand</source>
        <translation>Planificar los talleres según la demanda</translation>
    </message>
    <message>
        <source>Workshop slot</source>
        <translation>Franja de talleres</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>Demand by theme</source>
        <translation>Demanda por tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1.ª elección</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Planned workshops</source>
        <translation>Talleres previstos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Add Workshop</source>
        <translation>&amp;Añadir taller</translation>
    </message>
    <message>
        <source>&amp;Remove Workshop</source>
        <translation>&amp;Quitar taller</translation>
    </message>
    <message>
        <source>&amp;Propose Again</source>
        <translation>&amp;Proponer de nuevo</translation>
    </message>
    <message>
        <source>Forget the changes and propose from the demand again</source>
        <translation>Descartar los cambios y volver a proponer según la demanda</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Franja:</translation>
    </message>
    <message>
        <source>Apply Plan</source>
        <translation>Aplicar el plan</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) attend this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.</source>
        <translation>
            <numerusform>%n participante asiste a esta franja; los talleres admiten de %1 a %2 personas. El plan propuesto sigue las primeras elecciones, en las salas libres a esa hora; cambie las cifras o cualquier fila antes de aplicarlo.</numerusform>
            <numerusform>%n participantes asisten a esta franja; los talleres admiten de %1 a %2 personas. El plan propuesto sigue sus primeras elecciones, en las salas libres a esa hora; cambie las cifras o cualquier fila antes de aplicarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshops of %1</source>
        <translation>Talleres de %1</translation>
    </message>
    <message>
        <source>Theme of row %1</source>
        <translation>Tema de la fila %1</translation>
    </message>
    <message>
        <source>Language of row %1</source>
        <translation>Idioma de la fila %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Room of row %1</source>
        <translation>Sala de la fila %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s)) — in use then</source>
        <translation>
            <numerusform>%1 (%n plaza) — ocupada a esa hora</numerusform>
            <numerusform>%1 (%n plazas) — ocupada a esa hora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) with %1 seats for %2 people.</source>
        <translation>
            <numerusform>%n taller con %1 plazas para %2 personas.</numerusform>
            <numerusform>%n talleres con %1 plazas para %2 personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n people would have no seat: add workshops or choose bigger rooms.</source>
        <translation>
            <numerusform>⚠ %n persona se quedaría sin plaza: añada talleres o elija salas más grandes.</numerusform>
            <numerusform>⚠ %n personas se quedarían sin plaza: añada talleres o elija salas más grandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Too many workshops: some could not reach %n people.</source>
        <translation>
            <numerusform>⚠ Demasiados talleres: algunos no podrían llegar a %n persona.</numerusform>
            <numerusform>⚠ Demasiados talleres: algunos no podrían llegar a %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Rooms given to two workshops: %1.</source>
        <translation>⚠ Salas asignadas a dos talleres: %1.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n workshop(s) without a room.</source>
        <translation>
            <numerusform>⚠ %n taller sin sala.</numerusform>
            <numerusform>⚠ %n talleres sin sala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This slot already has %n workshop(s) and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.</source>
        <translation>
            <numerusform>⚠ Esta franja ya tiene %n taller y %1 asignación(es): al aplicar el plan se sustituyen. %2 personas se quedan en los talleres que se conservan con el mismo tema e idioma; las demás deben asignarse de nuevo (Formar talleres, en la página Talleres). Ctrl+Z deshace todo el plan.</numerusform>
            <numerusform>⚠ Esta franja ya tiene %n talleres y %1 asignación(es): al aplicar el plan se sustituyen. %2 personas se quedan en los talleres que se conservan con el mismo tema e idioma; las demás deben asignarse de nuevo (Formar talleres, en la página Talleres). Ctrl+Z deshace todo el plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::ExportHistory</name>
    <message>
        <source>Exports of the declaration</source>
        <translation>Exportaciones de la declaración</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) and sub-point(s)</source>
        <translation>
            <numerusform>%n propuesta o subpunto</numerusform>
            <numerusform>%n propuestas y subpuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported yet. Each export (Export…, Ctrl+E) is listed here with its language and the proposals it held.</source>
        <translation>Todavía no se ha exportado. Cada exportación (Exportar…, Ctrl+E) aparece aquí con su idioma y las propuestas que contenía.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), the latest first. Hover a row to see where it was written.</source>
        <translation>
            <numerusform>%n exportación, la más reciente primero. Pase el puntero sobre una fila para ver dónde se escribió.</numerusform>
            <numerusform>%n exportaciones, la más reciente primero. Pase el puntero sobre una fila para ver dónde se escribió.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::FacetBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>Continente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
</context>
<context>
    <name>cordee::FormWorkshopsDialog</name>
    <message>
        <source>Form Workshops</source>
        <translation>Formar talleres</translation>
    </message>
    <message>
        <source>Cordée places every attending participant in a workshop of each chosen slot, holding every rule, and balances preferences, diversity and new encounters. People you pinned stay where they are; slots without workshops get them planned from the preferences and the free rooms.</source>
        <translation>Cordée asigna a cada participante presente a un taller de cada franja elegida, cumpliendo todas las reglas, y equilibra preferencias, diversidad y nuevos encuentros. Las personas que usted ha fijado se quedan donde están; las franjas sin talleres los reciben, planificados a partir de las preferencias y de las salas libres.</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Franjas</translation>
    </message>
    <message>
        <source>This slot: %1</source>
        <translation>Esta franja: %1</translation>
    </message>
    <message>
        <source>All workshop slots, together</source>
        <translation>Todas las franjas de talleres, a la vez</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>The current plan, improved (keeps most people where they are)</source>
        <translation>El reparto actual, mejorado (mantiene a la mayoría de las personas donde están)</translation>
    </message>
    <message>
        <source>Scratch (may move many people)</source>
        <translation>Desde cero (puede mover a muchas personas)</translation>
    </message>
    <message>
        <source>The same seed and forum always give the same plan; another seed, another plan of about the same quality.</source>
        <translation>La misma semilla y el mismo foro dan siempre el mismo reparto; otra semilla, otro reparto de calidad similar.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The most time the search may take; a forum of 350 people needs about a second.</source>
        <translation>El tiempo máximo que puede durar la búsqueda; un foro de 350 personas necesita alrededor de un segundo.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Tiempo máximo:</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formar</translation>
    </message>
</context>
<context>
    <name>cordee::ForumDocument</name>
    <message>
        <source>This part of the declaration is computed from the forum: it cannot be written.</source>
        <translation>Esta parte de la declaración se calcula a partir del foro: no se puede escribir.</translation>
    </message>
    <message>
        <source>The declaration&apos;s texts could not be read.</source>
        <translation>No se pudieron leer los textos de la declaración.</translation>
    </message>
</context>
<context>
    <name>cordee::ForumPage</name>
    <message>
        <source>The forum&apos;s journey</source>
        <translation>Las etapas del foro</translation>
    </message>
    <message>
        <source>1. Set up the forum</source>
        <translation>1. Configurar el foro</translation>
    </message>
    <message>
        <source>Forum Settings…</source>
        <translation>Configuración del foro…</translation>
    </message>
    <message>
        <source>2. Register participants</source>
        <translation>2. Inscribir a los participantes</translation>
    </message>
    <message>
        <source>Open Participants</source>
        <translation>Ver los participantes</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>No hay ningún foro abierto</translation>
    </message>
    <message>
        <source>Create a forum with File ▸ New Forum, open one, or explore the demo forum (File ▸ Open Demo Forum).</source>
        <translation>Cree un foro con Archivo ▸ Nuevo foro, abra uno o explore el foro de demostración (Archivo ▸ Abrir el foro de demostración).</translation>
    </message>
    <message>
        <source>%1 — edition %2</source>
        <translation>%1 — %2.ª edición</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>organizado por %1</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <source>continents</source>
        <translation>continentes</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>salas</translation>
    </message>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>●</source>
        <translation>●</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Title, dates and place are set.</source>
        <translation>El título, las fechas y el lugar están definidos.</translation>
    </message>
    <message>
        <source>Give the forum its dates and place.</source>
        <translation>Indique las fechas y el lugar del foro.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) registered.</source>
        <translation>
            <numerusform>%n participante inscrito.</numerusform>
            <numerusform>%n participantes inscritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people who come to the forum.</source>
        <translation>Añada a las personas que vienen al foro.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>3. Plan the programme</source>
        <translation>3. Planificar el programa</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>Ver el programa</translation>
    </message>
    <message>
        <source>4. Form workshops</source>
        <translation>4. Formar los talleres</translation>
    </message>
    <message>
        <source>Open Workshops</source>
        <translation>Ver los talleres</translation>
    </message>
    <message>
        <source>Time slots: %1 (%2 for workshops) · rooms: %3</source>
        <translation>Franjas horarias: %1 (%2 para talleres) · salas: %3</translation>
    </message>
    <message>
        <source>Add days, time slots and rooms: workshops need slots of their own.</source>
        <translation>Añada días, franjas horarias y salas: los talleres necesitan sus propias franjas.</translation>
    </message>
    <message>
        <source>Workshops: %1 · placements: %2</source>
        <translation>Talleres: %1 · asignaciones: %2</translation>
    </message>
    <message>
        <source>Place everyone in workshops of 10–15, mixing countries and organisations.</source>
        <translation>Asigne a todos a talleres de 10–15 personas, mezclando países y organizaciones.</translation>
    </message>
    <message>
        <source>Change the forum&apos;s title, theme, dates, place and organizer (Ctrl+,)</source>
        <translation>Cambiar el título, el tema, las fechas, el lugar y el organizador del foro (Ctrl+,)</translation>
    </message>
    <message>
        <source>5. Capture proposals</source>
        <translation>5. Registrar las propuestas</translation>
    </message>
    <message>
        <source>Open Proposals</source>
        <translation>Ver las propuestas</translation>
    </message>
    <message>
        <source>6. Curate the proposals</source>
        <translation>6. Depurar las propuestas</translation>
    </message>
    <message>
        <source>Curate</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>7. Write the declaration</source>
        <translation>7. Redactar la declaración</translation>
    </message>
    <message>
        <source>Open Synthesis</source>
        <translation>Ver la síntesis</translation>
    </message>
    <message>
        <source>Proposals: %1 sent · %2 still drafts</source>
        <translation>Propuestas: %1 enviadas · %2 aún en borrador</translation>
    </message>
    <message>
        <source>Rapporteurs type what each workshop proposes.</source>
        <translation>Los relatores escriben lo que propone cada taller.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) retained for the declaration, in order.</source>
        <translation>
            <numerusform>%n propuesta retenida y ordenada para la declaración.</numerusform>
            <numerusform>%n propuestas retenidas y ordenadas para la declaración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge what says the same, then retain and order the proposals.</source>
        <translation>Fusione lo que dice lo mismo y, luego, retenga y ordene las propuestas.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n time(s), last on %1.</source>
        <translation>
            <numerusform>Exportada %n vez, la última el %1.</numerusform>
            <numerusform>Exportada %n veces, la última el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the free texts, preview, and export the declaration as PDF.</source>
        <translation>Edite los textos libres, revise la vista previa y exporte la declaración en PDF.</translation>
    </message>
</context>
<context>
    <name>cordee::ForumSettingsDialog</name>
    <message>
        <source>Forum Settings</source>
        <translation>Configuración del foro</translation>
    </message>
    <message>
        <source>e.g. International Forum of Social Economy Entrepreneurs</source>
        <translation>p. ej., Foro Internacional de Emprendedores de la Economía Social</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The question this edition works on</source>
        <translation>La cuestión que aborda esta edición</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, the forum&apos;s main language first (e.g. fr, en, es)</source>
        <translation>Códigos ISO 639-1, primero el idioma principal del foro (p. ej., fr, en, es)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edición:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>O&amp;rganizer:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Workshop size:</source>
        <translation>Tamaño de los ta&amp;lleres:</translation>
    </message>
</context>
<context>
    <name>cordee::GuestsDialog</name>
    <message>
        <source>Guests of Honour</source>
        <translation>Invitados de honor</translation>
    </message>
    <message>
        <source>The declaration thanks them at the opening, in this order. Write a title in a language only where it differs from the common one.</source>
        <translation>La declaración les da las gracias al principio, en este orden. Escriba un título en un idioma solo cuando difiera del común.</translation>
    </message>
    <message>
        <source>Guests of honour</source>
        <translation>Invitados de honor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Título en francés</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>&amp;Add Guest</source>
        <translation>&amp;Añadir invitado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
</context>
<context>
    <name>cordee::GuideWindow</name>
    <message>
        <source>Cordée User Guide</source>
        <translation>Guía de uso de Cordée</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the section read before (Alt+Left)</source>
        <translation>Volver a la sección leída antes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Volver a avanzar (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Back to the top of the guide</source>
        <translation>Volver al principio de la guía</translation>
    </message>
</context>
<context>
    <name>cordee::ImportColumnsPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Say which participant field each column feeds. Cordée has guessed from the column names; a column set to “Do not import” is left out.</source>
        <translation>Indique qué campo del participante alimenta cada columna. Cordée lo ha deducido de los nombres de las columnas; una columna con “No importar” se omite.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(la columna %1 no tiene nombre)</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <translation>Campo de la columna “%1”</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Every participant needs a name: choose “%1” or “%2” for at least one column.</source>
        <translation>Cada participante necesita un nombre: elija “%1” o “%2” en al menos una columna.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n column(s) will be imported.</source>
        <translation>
            <numerusform>Columna que se importará: %1 de %n.</numerusform>
            <numerusform>Columnas que se importarán: %1 de %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::ImportFilePage</name>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>separado por “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the first sheet of an Excel workbook: %1</source>
        <translation>Se ha leído la primera hoja de un libro de Excel: %1</translation>
    </message>
    <message>
        <source>Read the first sheet of an OpenDocument workbook: %1</source>
        <translation>Se ha leído la primera hoja de un libro OpenDocument: %1</translation>
    </message>
    <message>
        <source>Read as %1, %2: %3</source>
        <translation>Archivo leído como %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file, listed at the review step</source>
        <translation>
            <numerusform>%n problema en el archivo, indicado en el paso de revisión</numerusform>
            <numerusform>%n problemas en el archivo, indicados en el paso de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Spreadsheet</source>
        <translation>Elegir la hoja de cálculo</translation>
    </message>
    <message>
        <source>A CSV or text file saved from a spreadsheet or a registration form, or an Excel (.xlsx) or OpenDocument (.ods) workbook. Its first row must name the columns.</source>
        <translation>Un archivo CSV o de texto guardado desde una hoja de cálculo o un formulario de inscripción, o un libro de Excel (.xlsx) u OpenDocument (.ods). Su primera fila debe contener los nombres de las columnas.</translation>
    </message>
    <message>
        <source>No file chosen yet: Browse… to choose one.</source>
        <translation>Todavía no se ha elegido ningún archivo: pulse Examinar… para elegir uno.</translation>
    </message>
    <message>
        <source>First rows of the file, as read</source>
        <translation>Primeras filas del archivo, tal como se han leído</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Elegir la hoja de cálculo que se importará</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Choose another encoding if accented letters look wrong in the preview</source>
        <translation>Elija otra codificación si las letras acentuadas se ven mal en la vista previa</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Choose another delimiter if the preview shows whole lines in one column</source>
        <translation>Elija otro separador si la vista previa muestra líneas enteras en una sola columna</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lectura del archivo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>&amp;Cancel Reading</source>
        <translation>Cance&amp;lar la lectura</translation>
    </message>
    <message>
        <source>Reading cancelled. Choose a file, or Browse… to read it again.</source>
        <translation>Lectura cancelada. Elija un archivo o pulse Examinar… para volver a leerlo.</translation>
    </message>
    <message>
        <source>Choose a Spreadsheet</source>
        <translation>Elegir una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo “%1”…</translation>
    </message>
    <message>
        <source>Choose another file, or open this one in your spreadsheet program and save it as CSV or .xlsx.</source>
        <translation>Elija otro archivo, o abra este en su programa de hojas de cálculo y guárdelo como CSV o .xlsx.</translation>
    </message>
</context>
<context>
    <name>cordee::ImportReviewPage</name>
    <message>
        <source>Review the Import</source>
        <translation>Revisar la importación</translation>
    </message>
    <message>
        <source>What Import will do, and what it found in the file.</source>
        <translation>Lo que hará la importación y lo que ha encontrado en el archivo.</translation>
    </message>
    <message>
        <source>Nothing would change: every row is either someone already in the forum with nothing new to add, or refused. Go Back to match other columns, or Cancel.</source>
        <translation>No cambiaría nada: cada fila corresponde a alguien que ya figura en el foro sin nada nuevo que añadir, o bien a una fila rechazada. Pulse Atrás para asignar otras columnas, o Cancelar.</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>No problems found: every value can be imported as it is.</source>
        <translation>No se ha encontrado ningún problema: todos los valores se pueden importar tal cual.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everyone in one step, and Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Todavía no se ha escrito nada. Importar añade a todos de una sola vez, y Editar ▸ Deshacer (Ctrl+Z) deshace toda la importación.</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n participante nuevo</numerusform>
            <numerusform>%n participantes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing participant(s) completed</source>
        <translation>
            <numerusform>%n participante existente completado</numerusform>
            <numerusform>%n participantes existentes completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused — %1</source>
        <translation>Rechazada — %1</translation>
    </message>
    <message>
        <source>This row will not be imported.</source>
        <translation>Esta fila no se importará.</translation>
    </message>
    <message>
        <source>This value will be left empty; the rest of the row is imported.</source>
        <translation>Este valor se dejará vacío; el resto de la fila se importa.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>cordee::ImportWizard</name>
    <message>
        <source>Import Participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>cordee::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>El del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time Cordée starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Cordée.</translation>
    </message>
</context>
<context>
    <name>cordee::MainWindow</name>
    <message>
        <source>Cordée forums (*.cordee)</source>
        <translation>Foros de Cordée (*.cordee)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Page Actions</source>
        <translation>Acciones de la página</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una co&amp;pia como…</translation>
    </message>
    <message>
        <source>&amp;Close Forum</source>
        <translation>&amp;Cerrar el foro</translation>
    </message>
    <message>
        <source>Forum &amp;Settings…</source>
        <translation>&amp;Configuración del foro…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Forum…</source>
        <translation>&amp;Nuevo foro…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Forum</source>
        <translation>Abrir el foro de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;oro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Cordée</source>
        <translation>&amp;Acerca de Cordée</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>⚠ The last change could not be saved</source>
        <translation>⚠ No se pudo guardar el último cambio</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Cordée</source>
        <translation>Cordée</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Ningún foro abierto</translation>
    </message>
    <message>
        <source>demo copy</source>
        <translation>copia de demostración</translation>
    </message>
    <message>
        <source>Cordée — %1 (%2)</source>
        <translation>Cordée — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation>
            <numerusform>%n continente</numerusform>
            <numerusform>%n continentes</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>No se puede abrir el foro</translation>
    </message>
    <message>
        <source>Cannot open the demo forum</source>
        <translation>No se puede abrir el foro de demostración</translation>
    </message>
    <message>
        <source>This is a temporary copy of the demo forum: use File ▸ Save a Copy As… to keep it.</source>
        <translation>Esta es una copia temporal del foro de demostración: use Archivo ▸ Guardar una copia como… para conservarla.</translation>
    </message>
    <message>
        <source>New Forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>Create the Forum File</source>
        <translation>Crear el archivo del foro</translation>
    </message>
    <message>
        <source>Cannot create the forum</source>
        <translation>No se puede crear el foro</translation>
    </message>
    <message>
        <source>Open a Forum</source>
        <translation>Abrir un foro</translation>
    </message>
    <message>
        <source>Save a Copy of the Forum</source>
        <translation>Guardar una copia del foro</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>No se puede guardar la copia</translation>
    </message>
    <message>
        <source>A forum cannot be copied onto itself.</source>
        <translation>Un foro no se puede copiar sobre sí mismo.</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Print Documents…</source>
        <translation>&amp;Imprimir documentos…</translation>
    </message>
    <message>
        <source>Attendance sheets, personal programmes, badges or door signs as a PDF</source>
        <translation>Hojas de asistencia, programas personales, credenciales o carteles de puerta en PDF</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
</context>
<context>
    <name>cordee::MemberList</name>
    <message>
        <source>1st choice</source>
        <translation>1.ª elección</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2.ª elección</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3.ª elección</translation>
    </message>
    <message>
        <source>4th choice</source>
        <translation>4.ª elección</translation>
    </message>
    <message>
        <source>5th choice</source>
        <translation>5.ª elección</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>had this theme in an earlier slot</source>
        <translation>ya tuvo este tema en una franja anterior</translation>
    </message>
    <message>
        <source>pinned here by hand</source>
        <translation>fijado aquí a mano</translation>
    </message>
    <message>
        <source>does not speak the workshop&apos;s language</source>
        <translation>no habla el idioma del taller</translation>
    </message>
</context>
<context>
    <name>cordee::MergeDialog</name>
    <message numerus="yes">
        <source>Merge %n Proposal(s)</source>
        <translation>
            <numerusform>Fusionar %n propuesta</numerusform>
            <numerusform>Fusionar %n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>These proposals become one:</source>
        <translation>Estas propuestas se convierten en una sola:</translation>
    </message>
    <message>
        <source>Text of the merged proposal</source>
        <translation>Texto de la propuesta fusionada</translation>
    </message>
    <message>
        <source>&amp;Text of the merged proposal (rewrite it as one):</source>
        <translation>&amp;Texto de la propuesta fusionada (reescríbalo como uno solo):</translation>
    </message>
    <message>
        <source>It becomes %1, %2, in %3. The originals stay, marked &quot;merged into %1&quot;, and the history keeps where it came from. Undo takes the merge back.</source>
        <translation>Se convierte en %1, %2, en %3. Las originales se conservan, marcadas como &quot;fusionada en %1&quot;, y el historial guarda su procedencia. Deshacer revierte la fusión.</translation>
    </message>
    <message>
        <source>the plenary</source>
        <translation>la plenaria</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
</context>
<context>
    <name>cordee::OutlineRow</name>
    <message>
        <source>Drag to move this proposal among its neighbours (or Alt+Up/Down)</source>
        <translation>Arrastre para mover esta propuesta entre sus vecinas (o Alt+Arriba/Abajo)</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionada en %1</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Propuesta %1</translation>
    </message>
    <message>
        <source>Sub-point %1</source>
        <translation>Subpunto %1</translation>
    </message>
    <message>
        <source>Type a proposal…</source>
        <translation>Escriba una propuesta…</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantDetails</name>
    <message>
        <source>Select a participant to see their details here.</source>
        <translation>Seleccione un participante para ver sus datos aquí.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Theme preferences</source>
        <translation>Preferencias de tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>fr, en, es</source>
        <translation>fr, en, es</translation>
    </message>
    <message>
        <source>Two-letter ISO 639-1 codes, the most fluent first</source>
        <translation>Códigos ISO 639-1 de dos letras, primero el idioma que mejor se domina</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Edad:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Catego&amp;ría:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>At the forum</source>
        <translation>En el foro</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choice %1:</source>
        <translation>Opción %1:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Attends workshops:</source>
        <translation>Asiste a los talleres:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modificar los datos de %1</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Añadir un participante</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantTableModel</name>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>Continente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(datos borrados)</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantsPage</name>
    <message>
        <source>Search names, organisations, countries… (Ctrl+F)</source>
        <translation>Buscar nombres, organizaciones, países… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>&amp;Añadir participante…</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+A)</source>
        <translation>Añadir un participante (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>&amp;Edit Participant…</source>
        <translation>&amp;Modificar participante…</translation>
    </message>
    <message>
        <source>Edit the selected participant (F2)</source>
        <translation>Modificar el participante seleccionado (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete Participants</source>
        <translation>&amp;Eliminar participantes</translation>
    </message>
    <message>
        <source>Delete the selected participants (Del) — Undo brings them back</source>
        <translation>Eliminar los participantes seleccionados (Supr) — Deshacer los recupera</translation>
    </message>
    <message>
        <source>&amp;Find Participants</source>
        <translation>&amp;Buscar participantes</translation>
    </message>
    <message>
        <source>Search by name, organisation or country (Ctrl+F)</source>
        <translation>Buscar por nombre, organización o país (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No participants yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay participantes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This page lists everyone registered for the forum: find anyone in a keystroke, filter by country, continent, category, gender or role.</source>
        <translation>Esta página reúne a todas las personas inscritas en el foro: encuentre a cualquiera con una sola pulsación y filtre por país, continente, categoría, género o rol.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Añadir un participante</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n participant(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %n participante</numerusform>
            <numerusform>Mostrando %1 de %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s) — Ctrl+Z brings them back</source>
        <translation>
            <numerusform>%n participante eliminado — Ctrl+Z lo recupera</numerusform>
            <numerusform>%n participantes eliminados — Ctrl+Z los recupera</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar</comment>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>toolbar</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet (Ctrl+I) — Undo takes the import back</source>
        <translation>Importar participantes desde una hoja de cálculo (Ctrl+I) — Deshacer revierte la importación</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save every participant in a CSV file for spreadsheets (Ctrl+E)</source>
        <translation>Guardar todos los participantes en un archivo CSV para hojas de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>Exportar datos &amp;personales…</translation>
    </message>
    <message>
        <source>Save everything the forum holds about the selected person, to give them a copy</source>
        <translation>Guardar todo lo que el foro contiene sobre la persona seleccionada, para entregarle una copia</translation>
    </message>
    <message>
        <source>Era&amp;se Personal Data…</source>
        <translation>Borrar datos per&amp;sonales…</translation>
    </message>
    <message>
        <source>Erase the selected person&apos;s identity for good; the forum&apos;s figures stay</source>
        <translation>Borrar definitivamente la identidad de la persona seleccionada; las cifras del foro se mantienen</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importar una hoja de cálculo…</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n participant(s); Ctrl+Z undoes the import</source>
        <translation>
            <numerusform>%n participante completado; Ctrl+Z deshace la importación</numerusform>
            <numerusform>%n participantes completados; Ctrl+Z deshace la importación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s), completed %1; Ctrl+Z undoes the import</source>
        <translation>
            <numerusform>%n participante importado; completados: %1; Ctrl+Z deshace la importación</numerusform>
            <numerusform>%n participantes importados; completados: %1; Ctrl+Z deshace la importación</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Participants</source>
        <translation>Exportar los participantes</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participantes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participante exportado a %1</numerusform>
            <numerusform>%n participantes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data saved in %1</source>
        <translation>Datos personales guardados en %1</translation>
    </message>
    <message>
        <source>Personal data erased; the forum&apos;s figures are unchanged</source>
        <translation>Datos personales borrados; las cifras del foro no cambian</translation>
    </message>
</context>
<context>
    <name>cordee::PersonalDataDialogs</name>
    <message>
        <source>personal data.json</source>
        <translation>datos personales.json</translation>
    </message>
    <message>
        <source>%1 - personal data.json</source>
        <translation>%1 - datos personales.json</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export the Personal Data</source>
        <translation>No se pueden exportar los datos personales</translation>
    </message>
    <message>
        <source>The personal data could not be read from the forum file: %1</source>
        <translation>No se pudieron leer los datos personales del archivo del foro: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Try again; if it fails again, save a copy of the forum (File ▸ Save a Copy As…) and report the problem.</source>
        <translation>No se ha escrito nada. Vuelva a intentarlo; si vuelve a fallar, guarde una copia del foro (Archivo ▸ Guardar una copia como…) e informe del problema.</translation>
    </message>
    <message>
        <source>Cannot Save the File</source>
        <translation>No se puede guardar el archivo</translation>
    </message>
    <message>
        <source>“%1” could not be written in %2: %3.</source>
        <translation>No se pudo escribir “%1” en %2: %3.</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full and that you may write there.</source>
        <translation>Elija otra carpeta, o compruebe que el disco no está lleno y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good?</source>
        <translation>¿Borrar definitivamente los datos personales de %1?</translation>
    </message>
    <message>
        <source>Their first and last name, e-mail address, organisation, languages and notes are deleted from the forum file. Their country, category, gender, age band and status stay, so the forum&apos;s figures and charts do not change.

This cannot be undone, and the undo history is cleared: earlier changes cannot be undone either. To give them a copy of their data first, use Export Personal Data…</source>
        <translation>Su nombre y apellidos, su dirección de correo electrónico, su organización, sus idiomas y sus notas se eliminan del archivo del foro. Su país, categoría, género, tramo de edad y estado se conservan, de modo que las cifras y los gráficos del foro no cambian.

Esta acción no se puede deshacer y se vacía el historial para deshacer: tampoco se podrán deshacer los cambios anteriores. Para entregarle antes una copia de sus datos, use Exportar datos personales…</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>cordee::PlacementDetails</name>
    <message>
        <source>Why is this person here?</source>
        <translation>¿Por qué está aquí esta persona?</translation>
    </message>
    <message>
        <source>Select someone on the board to see why they are in their workshop: the rank they gave its theme, who shares their country or organisation, and whom they met before.</source>
        <translation>Seleccione a alguien en el tablero para ver por qué está en su taller: el puesto que dio a su tema, quién comparte su país u organización y con quién coincidió antes.</translation>
    </message>
    <message>
        <source>Not expected in this slot: they are an organizer or a guest of honour, said they would miss it, or cancelled.</source>
        <translation>No se le espera en esta franja: es organizador o invitado de honor, indicó que no asistiría o canceló su participación.</translation>
    </message>
    <message>
        <source>In no workshop of this slot yet.</source>
        <translation>Todavía en ningún taller de esta franja.</translation>
    </message>
    <message>
        <source>In %1 (%2), held in %3.</source>
        <translation>En el taller %1 (%2), que se desarrolla en %3.</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <source>This theme is their %1.</source>
        <translation>Este tema es su %1.</translation>
    </message>
    <message>
        <source>They did not rank this theme.</source>
        <translation>No ha clasificado este tema.</translation>
    </message>
    <message>
        <source>Pinned here by hand: forming the workshops again keeps them here.</source>
        <translation>Fijado aquí a mano: si se vuelven a formar los talleres, se queda aquí.</translation>
    </message>
    <message>
        <source>Their choices</source>
        <translation>Sus elecciones</translation>
    </message>
    <message>
        <source>No theme ranked.</source>
        <translation>Ningún tema clasificado.</translation>
    </message>
    <message>
        <source>Themes of their earlier slots</source>
        <translation>Temas de sus franjas anteriores</translation>
    </message>
    <message>
        <source>Same country in this workshop</source>
        <translation>Mismo país en este taller</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Nadie.</translation>
    </message>
    <message>
        <source>Same organisation in this workshop</source>
        <translation>Misma organización en este taller</translation>
    </message>
    <message>
        <source>Met in an earlier slot</source>
        <translation>Ya coincidieron en una franja anterior</translation>
    </message>
    <message>
        <source>Nobody: everyone here is new to them.</source>
        <translation>Nadie: todos aquí son nuevos para esta persona.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Not known: any workshop fits.</source>
        <translation>Desconocidos: cualquier taller sirve.</translation>
    </message>
</context>
<context>
    <name>cordee::PrintDocumentsDialog</name>
    <message>
        <source>Print Documents</source>
        <translation>Imprimir documentos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;Attendance sheets</source>
        <translation>&amp;Hojas de asistencia</translation>
    </message>
    <message>
        <source>One sign-in sheet per workshop, members sorted by name.</source>
        <translation>Una hoja de asistencia por taller, con los miembros ordenados por nombre.</translation>
    </message>
    <message>
        <source>&amp;Personal programmes</source>
        <translation>&amp;Programas personales</translation>
    </message>
    <message>
        <source>One page per participant, in their language, with their workshops.</source>
        <translation>Una página por participante, en su idioma, con sus talleres.</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Credenciales</translation>
    </message>
    <message>
        <source>Eight to an A4 sheet, with crop marks.</source>
        <translation>Ocho por hoja A4, con marcas de corte.</translation>
    </message>
    <message>
        <source>&amp;Door signs</source>
        <translation>Ca&amp;rteles de puerta</translation>
    </message>
    <message>
        <source>One page per room and slot, to put on the doors.</source>
        <translation>Una página por sala y franja, para poner en las puertas.</translation>
    </message>
    <message>
        <source>Every slot</source>
        <translation>Todas las franjas</translation>
    </message>
    <message>
        <source>Workshop &amp;slot:</source>
        <translation>&amp;Franja de talleres:</translation>
    </message>
    <message numerus="yes">
        <source>Everyone present (%n)</source>
        <translation>
            <numerusform>La persona presente (%n)</numerusform>
            <numerusform>Todas las personas presentes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected on the Participants page</source>
        <translation>
            <numerusform>La persona seleccionada en la página Participantes</numerusform>
            <numerusform>Las %n personas seleccionadas en la página Participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Archivo PDF que se escribirá</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Open the PDF once written</source>
        <translation>&amp;Abrir el PDF una vez escrito</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>Escribir el P&amp;DF</translation>
    </message>
    <message>
        <source>Save the Document As</source>
        <translation>Guardar el documento como</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeDetails</name>
    <message>
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
    <message>
        <source>Select an item of the grid or of the lists to see it here.</source>
        <translation>Seleccione un elemento de la cuadrícula o de las listas para verlo aquí.</translation>
    </message>
    <message>
        <source>Drag an item to another room or time; Ctrl+Z takes a move back.</source>
        <translation>Arrastre un elemento a otra sala u otra hora; Ctrl+Z deshace un movimiento.</translation>
    </message>
    <message>
        <source>⚠ Conflicts</source>
        <translation>⚠ Conflictos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Asignados</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Taller %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>%1 of %2 seats</source>
        <translation>%1 de %2 plazas</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>First choice of</source>
        <translation>Primera elección de</translation>
    </message>
    <message>
        <source>Ranked by</source>
        <translation>Clasificado por</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n taller</numerusform>
            <numerusform>%n talleres</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usada por</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeDialogs</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Keys name items in files and exports: they never change once created.</source>
        <translation>Las claves designan los elementos en los archivos y las exportaciones: nunca cambian una vez creadas.</translation>
    </message>
    <message>
        <source>a key is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>una clave tiene de 1 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used</source>
        <translation>la clave &quot;%1&quot; ya se usa</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeEditor</name>
    <message>
        <source>Time slot %1 added; Ctrl+Z takes it back</source>
        <translation>Franja horaria %1 añadida; Ctrl+Z la deshace</translation>
    </message>
    <message>
        <source>Workshop %1 added; Ctrl+Z takes it back</source>
        <translation>Taller %1 añadido; Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Theme “%1” added</source>
        <translation>Tema “%1” añadido</translation>
    </message>
    <message>
        <source>Room “%1” added</source>
        <translation>Sala “%1” añadida</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z brings it back</source>
        <translation>%1 — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Plan the workshops of %1</source>
        <translation>Planificar los talleres de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) planned for %1; Ctrl+Z takes the plan back</source>
        <translation>
            <numerusform>%n taller planificado para %1; Ctrl+Z deshace el plan</numerusform>
            <numerusform>%n talleres planificados para %1; Ctrl+Z deshace el plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeGrid</name>
    <message>
        <source>Programme grid</source>
        <translation>Cuadrícula del programa</translation>
    </message>
    <message>
        <source>Rooms by time for the chosen day. Arrow keys select an item, Alt with an arrow key moves it, Enter edits it, Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Salas y horas del día elegido. Las teclas de flecha seleccionan un elemento, Alt con una tecla de flecha lo mueve, Intro lo modifica, Ctrl+Más y Ctrl+Menos cambian el zoom.</translation>
    </message>
    <message>
        <source>Without room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>breaks, workshop slots</source>
        <translation>pausas, franjas de talleres</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n plaza</numerusform>
            <numerusform>%n plazas</numerusform>
        </translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ In conflict: see the conflicts list</source>
        <translation>⚠ En conflicto: consulte la lista de conflictos</translation>
    </message>
    <message>
        <source>Nothing is planned on this day yet.</source>
        <translation>Todavía no hay nada previsto este día.</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeLists</name>
    <message>
        <source>Time slots</source>
        <translation>Franjas horarias</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1.ª elección</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usada por</translation>
    </message>
    <message>
        <source>Time Slots</source>
        <translation>Franjas horarias</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n plenary item(s)</source>
        <translation>
            <numerusform>%n sesión plenaria</numerusform>
            <numerusform>%n sesiones plenarias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n taller</numerusform>
            <numerusform>%n talleres</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammePage</name>
    <message>
        <source>conflict (dashed red border)</source>
        <translation>conflicto (borde rojo discontinuo)</translation>
    </message>
    <message>
        <source>Add &amp;Time Slot…</source>
        <translation>Añadir &amp;franja horaria…</translation>
    </message>
    <message>
        <source>Time Slot</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Add a conference, round table, workshop slot or break (Ctrl+Shift+N)</source>
        <translation>Añadir una conferencia, una mesa redonda, una franja de talleres o una pausa (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Add &amp;Workshop…</source>
        <translation>Añadir &amp;taller…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Add a workshop to a workshop slot (Ctrl+Shift+W)</source>
        <translation>Añadir un taller a una franja de talleres (Ctrl+Mayús+W)</translation>
    </message>
    <message>
        <source>Add T&amp;heme…</source>
        <translation>Añadir t&amp;ema…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Add a theme for workshops (Ctrl+Shift+T)</source>
        <translation>Añadir un tema para los talleres (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <source>Add &amp;Room…</source>
        <translation>Añadir &amp;sala…</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Add a room and its seats (Ctrl+Shift+R)</source>
        <translation>Añadir una sala y sus plazas (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar</comment>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Edit the selected item (F2 or Enter)</source>
        <translation>Modificar el elemento seleccionado (F2 o Intro)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected item (Del) — Undo brings it back</source>
        <translation>Eliminar el elemento seleccionado (Supr) — Deshacer lo recupera</translation>
    </message>
    <message>
        <source>&amp;Plan Workshops from Demand…</source>
        <translation>&amp;Planificar talleres según la demanda…</translation>
    </message>
    <message>
        <source>Plan from Demand</source>
        <translation>Planificar según la demanda</translation>
    </message>
    <message>
        <source>Propose the workshops of a slot from the participants&apos; preferences and the free rooms (Ctrl+Shift+P)</source>
        <translation>Proponer los talleres de una franja a partir de las preferencias de los participantes y de las salas libres (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Legend of the colours</source>
        <translation>Leyenda de los colores</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No programme yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay programa&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This page plans the forum&apos;s days: conferences, round tables, workshop slots and breaks in a rooms × time grid, the rooms and their seats, and the themes of the workshops. Conflicts show as they arise, and the workshops of each slot can be planned from the participants&apos; preferences.</source>
        <translation>Esta página planifica los días del foro: conferencias, mesas redondas, franjas de talleres y pausas en una cuadrícula de salas × horas, las salas y sus plazas, y los temas de los talleres. Los conflictos aparecen en cuanto surgen, y los talleres de cada franja se pueden planificar a partir de las preferencias de los participantes.</translation>
    </message>
    <message>
        <source>Add a time slot…</source>
        <translation>Añadir una franja horaria…</translation>
    </message>
    <message>
        <source>Add a room…</source>
        <translation>Añadir una sala…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No conflicts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ningún conflicto&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ %n conflict(s)&lt;/b&gt; — click one to see its items</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ %n conflicto&lt;/b&gt; — haga clic en él para ver sus elementos</numerusform>
            <numerusform>&lt;b&gt;⚠ %n conflictos&lt;/b&gt; — haga clic en uno para ver sus elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every room holds one item at a time, every workshop fits its room and nobody leads in two places.</source>
        <translation>Cada sala acoge un solo elemento a la vez, cada taller cabe en su sala y nadie tiene un papel en dos sitios a la vez.</translation>
    </message>
    <message>
        <source>Show the day of %1 to move it.</source>
        <translation>Muestre el día de %1 para moverlo.</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z moves it back</source>
        <translation>%1 — Ctrl+Z para deshacer el movimiento</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalDetails</name>
    <message>
        <source>Proposal details and history</source>
        <translation>Detalles e historial de la propuesta</translation>
    </message>
    <message>
        <source>Select a proposal to see its details and its history: what it was merged from, and what it became.</source>
        <translation>Seleccione una propuesta para ver sus detalles y su historial: de qué fusión procede y en qué se convirtió.</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Calls on</source>
        <translation>Interpela a</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Sub-point of</source>
        <translation>Subpunto de</translation>
    </message>
    <message>
        <source>Sub-points</source>
        <translation>Subpuntos</translation>
    </message>
    <message numerus="yes">
        <source>Made from %n proposal(s) merged:</source>
        <translation>
            <numerusform>Resultado de fusionar %n propuesta:</numerusform>
            <numerusform>Resultado de fusionar %n propuestas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Split from:</source>
        <translation>Dividida a partir de:</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>Fusionada en:</translation>
    </message>
    <message>
        <source>Split into:</source>
        <translation>Dividida en:</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>Captured as it is: not merged or split.</source>
        <translation>Tal como se registró: ni fusionada ni dividida.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Together with: %1</source>
        <translation>Junto con: %1</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalFields</name>
    <message>
        <source>Theme of the proposal</source>
        <translation>Tema de la propuesta</translation>
    </message>
    <message>
        <source>Status of the proposal</source>
        <translation>Estado de la propuesta</translation>
    </message>
    <message>
        <source>Support in the room</source>
        <translation>Apoyo en la sala</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>How many supported the proposal in the room</source>
        <translation>Cuántas personas apoyaron la propuesta en la sala</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>S&amp;upport:</source>
        <translation>A&amp;poyo:</translation>
    </message>
    <message>
        <source>Sustainable &amp;Development Goals:</source>
        <translation>Objetivos de &amp;Desarrollo Sostenible:</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>Type a proposal to describe it here.</source>
        <translation>Escriba una propuesta para describirla aquí.</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Propuesta %1</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>Re&amp;lator:</translation>
    </message>
    <message>
        <source>A&amp;ctors:</source>
        <translation>A&amp;ctores:</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalTableModel</name>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Merged → %1</source>
        <translation>Fusionada → %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionada en %1</translation>
    </message>
    <message>
        <source>Calls on: %1</source>
        <translation>Interpela a: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalsPage</name>
    <message>
        <source>Capture</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Curate</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Rapporteurs type a workshop&apos;s proposals</source>
        <translation>Los relatores escriben las propuestas de un taller</translation>
    </message>
    <message>
        <source>The synthesis committee merges, retains and orders the proposals</source>
        <translation>El comité de síntesis fusiona, retiene y ordena las propuestas</translation>
    </message>
    <message>
        <source>Proposals mode</source>
        <translation>Modo de las propuestas</translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation>&amp;Nueva propuesta</translation>
    </message>
    <message>
        <source>Start a proposal after the current one, in the workshop chosen (Ctrl+Shift+A)</source>
        <translation>Empezar una propuesta después de la actual, en el taller elegido (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>New</source>
        <comment>toolbar</comment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge the selected proposals into a new one; the originals stay, marked (Ctrl+M)</source>
        <translation>Fusionar las propuestas seleccionadas en una nueva; las originales se conservan, marcadas (Ctrl+M)</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>Di&amp;vidir…</translation>
    </message>
    <message>
        <source>Split the proposal into several; the original stays, marked (Ctrl+Shift+M)</source>
        <translation>Dividir la propuesta en varias; la original se conserva, marcada (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Hand the proposal to the synthesis committee (Alt+S)</source>
        <translation>Entregar la propuesta al comité de síntesis (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation>&amp;Retener</translation>
    </message>
    <message>
        <source>Retain the proposal for the declaration: it goes last in its order (Alt+R)</source>
        <translation>Retener la propuesta para la declaración: pasa al final del orden (Alt+R)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>Reject the proposal: it stays, out of the declaration (Alt+J)</source>
        <translation>Rechazar la propuesta: se conserva, fuera de la declaración (Alt+J)</translation>
    </message>
    <message>
        <source>&amp;Delete Proposals</source>
        <translation>&amp;Eliminar las propuestas</translation>
    </message>
    <message>
        <source>Delete the selected proposals with their sub-points (Del) — Undo brings them back</source>
        <translation>Eliminar las propuestas seleccionadas con sus subpuntos (Supr) — Deshacer las recupera</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Make a Sub-point</source>
        <translation>Convertir en subpunto</translation>
    </message>
    <message>
        <source>Make the proposal a sub-point of the one above (Tab)</source>
        <translation>Convertir la propuesta en un subpunto de la de arriba (Tab)</translation>
    </message>
    <message>
        <source>Make a Proposal of Its Own</source>
        <translation>Convertir en propuesta independiente</translation>
    </message>
    <message>
        <source>Take the sub-point out of its proposal (Shift+Tab)</source>
        <translation>Sacar el subpunto de su propuesta (Mayús+Tab)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the proposal up among its neighbours (Alt+Up)</source>
        <translation>Subir la propuesta entre sus vecinas (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the proposal down among its neighbours (Alt+Down)</source>
        <translation>Bajar la propuesta entre sus vecinas (Alt+Abajo)</translation>
    </message>
    <message>
        <source>&amp;Find Proposals</source>
        <translation>Bu&amp;scar propuestas</translation>
    </message>
    <message>
        <source>Search every proposal, accent-blind (Ctrl+F)</source>
        <translation>Buscar en todas las propuestas, sin tener en cuenta los acentos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Capture Plenary Proposals</source>
        <translation>Registrar las propuestas de la plenaria</translation>
    </message>
    <message>
        <source>Open the Workshops Page</source>
        <translation>Abrir la página Talleres</translation>
    </message>
    <message>
        <source>Open or create a forum to capture its proposals.</source>
        <translation>Abra o cree un foro para registrar sus propuestas.</translation>
    </message>
    <message>
        <source>Proposals come from the workshops: each workshop&apos;s rapporteur types what the room proposed, and the synthesis committee merges, retains and orders them for the declaration.

This forum has no workshops yet. Form them on the Workshops page, or capture the plenary&apos;s proposals now.</source>
        <translation>Las propuestas provienen de los talleres: el relator de cada taller escribe lo que propuso la sala, y el comité de síntesis las fusiona, las retiene y las ordena para la declaración.

Este foro todavía no tiene talleres. Fórmelos en la página Talleres o registre ya las propuestas de la plenaria.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <source>Merged into %1; the originals are kept and marked. Undo takes it back.</source>
        <translation>Fusionadas en %1; las originales se conservan y se marcan. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>Dividir %1</translation>
    </message>
    <message>
        <source>%1 split; the original is kept and marked. Undo takes it back.</source>
        <translation>%1 dividida; la original se conserva y se marca. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Cambiar %1 al estado %2</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) now %1.</source>
        <translation>
            <numerusform>%n propuesta pasó al estado %1.</numerusform>
            <numerusform>%n propuestas pasaron al estado %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) deleted — Undo brings them back.</source>
        <translation>
            <numerusform>%n propuesta eliminada — Deshacer la recupera.</numerusform>
            <numerusform>%n propuestas eliminadas — Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
</context>
<context>
    <name>cordee::RecentFiles</name>
    <message>
        <source>No recent forums</source>
        <translation>No hay foros recientes</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Borrar la lista</translation>
    </message>
</context>
<context>
    <name>cordee::RetainedOrderModel</name>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Retained proposal</source>
        <translation>Propuesta retenida</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>A proposal moves among its siblings only.</source>
        <translation>Una propuesta solo se mueve entre sus hermanas.</translation>
    </message>
    <message>
        <source>Reorder the retained proposals</source>
        <translation>Reordenar las propuestas retenidas</translation>
    </message>
</context>
<context>
    <name>cordee::RoomDialog</name>
    <message>
        <source>Add Room</source>
        <translation>Añadir sala</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Salle Nelson Mandela</source>
        <translation>p. ej., Sala Nelson Mandela</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> plazas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>Edit Room</source>
        <translation>Modificar la sala</translation>
    </message>
</context>
<context>
    <name>cordee::ScorecardStrip</name>
    <message>
        <source>Scorecard of the whole forum</source>
        <translation>Balance de todo el foro</translation>
    </message>
    <message>
        <source>✔ No rule broken</source>
        <translation>✔ Ninguna regla incumplida</translation>
    </message>
    <message>
        <source>Everyone who attends a slot is in exactly one workshop of it, every workshop&apos;s size is within its band, everyone speaks their workshop&apos;s language, and every pin holds.</source>
        <translation>Cada persona que asiste a una franja está exactamente en uno de sus talleres, el tamaño de cada taller está dentro de sus límites, todos hablan el idioma de su taller y se respetan todas las fijaciones.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n rule(s) broken</source>
        <translation>
            <numerusform>⚠ %n regla incumplida</numerusform>
            <numerusform>⚠ %n reglas incumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>1st choice %1% · top 3 %2%</source>
        <translation>1.ª elección %1% · 3 primeras %2%</translation>
    </message>
    <message>
        <source>Placements in the theme people ranked 1st: %1
2nd: %2
3rd: %3
4th: %4
5th: %5
Not ranked: %6
A theme already attended: %7</source>
        <translation>Asignaciones en el tema clasificado en 1.er lugar: %1
2.º: %2
3.º: %3
4.º: %4
5.º: %5
Sin clasificar: %6
Tema ya visto: %7</translation>
    </message>
    <message>
        <source>Same country %1 (even spread %2)</source>
        <translation>Mismo país %1 (reparto uniforme %2)</translation>
    </message>
    <message>
        <source>Pairs of members of a workshop from the same country, beside the fewest possible if each country were spread evenly over the workshops.
Continent: %1 (%2) · gender: %3 (%4) · category: %5 (%6)</source>
        <translation>Pares de miembros de un mismo taller del mismo país, frente al mínimo posible si cada país se repartiera por igual entre los talleres.
Continente: %1 (%2) · género: %3 (%4) · categoría: %5 (%6)</translation>
    </message>
    <message>
        <source>Same organisation %1</source>
        <translation>Misma organización %1</translation>
    </message>
    <message>
        <source>Pairs of members of a workshop from the same organisation (names compared without accents or case).</source>
        <translation>Pares de miembros de un mismo taller de la misma organización (nombres comparados sin tener en cuenta acentos ni mayúsculas).</translation>
    </message>
    <message>
        <source>Lone gender %1</source>
        <translation>Género aislado %1</translation>
    </message>
    <message>
        <source>Workshops where one gender appears only once.</source>
        <translation>Talleres en los que un género aparece una sola vez.</translation>
    </message>
    <message>
        <source>Met again %1</source>
        <translation>Reencuentros %1</translation>
    </message>
    <message>
        <source>Pairs of people who share a workshop in more than one slot (counted once per extra meeting).</source>
        <translation>Pares de personas que comparten taller en más de una franja (se cuentan una vez por cada encuentro adicional).</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>The objective the formation minimises: preference costs, same-value pairs and repeated meetings, weighted (Workshops ▸ Objective Weights…).</source>
        <translation>El objetivo que minimiza la formación: costos de preferencia, pares con el mismo valor y encuentros repetidos, ponderados (Talleres ▸ Pesos del objetivo…).</translation>
    </message>
</context>
<context>
    <name>cordee::SimilarList</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Likely the same proposal</source>
        <translation>Probablemente la misma propuesta</translation>
    </message>
    <message>
        <source>Some words in common</source>
        <translation>Algunas palabras en común</translation>
    </message>
</context>
<context>
    <name>cordee::SplitDialog</name>
    <message>
        <source>Split Proposal %1</source>
        <translation>Dividir la propuesta %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Write one proposal per box. The original stays, marked as split, and each part keeps its theme, tags and place. Undo takes the split back.</source>
        <translation>Escriba una propuesta por casilla. La original se conserva, marcada como dividida, y cada parte conserva su tema, sus etiquetas y su lugar. Deshacer revierte la división.</translation>
    </message>
    <message>
        <source>&amp;Add a Part</source>
        <translation>&amp;Añadir una parte</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Dividir</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>Take this part away</source>
        <translation>Quitar esta parte</translation>
    </message>
    <message>
        <source>Take part %1 away</source>
        <translation>Quitar la parte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new proposal(s)</source>
        <translation>
            <numerusform>%n propuesta nueva</numerusform>
            <numerusform>%n propuestas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Two parts at least</source>
        <translation>Al menos dos partes</translation>
    </message>
</context>
<context>
    <name>cordee::SynthesisPage</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the declaration as PDF, OpenDocument, HTML or Markdown; each export is kept in the forum&apos;s history (Ctrl+E)</source>
        <translation>Guardar la declaración en PDF, OpenDocument, HTML o Markdown; cada exportación se conserva en el historial del foro (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the declaration as the preview shows it (Ctrl+P)</source>
        <translation>Imprimir la declaración tal como la muestra la vista previa (Ctrl+P)</translation>
    </message>
    <message>
        <source>The language the declaration is written in: its fixed sentences and dates, and the free texts you write for it</source>
        <translation>El idioma en que se escribe la declaración: sus frases fijas y sus fechas, y los textos libres que usted escribe para ella</translation>
    </message>
    <message>
        <source>The paper the declaration is laid out on, for PDF, ODT and printing</source>
        <translation>El papel en el que se compone la declaración, para PDF, ODT e impresión</translation>
    </message>
    <message>
        <source>&amp;Group by Theme</source>
        <translation>A&amp;grupar por tema</translation>
    </message>
    <message>
        <source>Write the proposals under the titles of their themes</source>
        <translation>Escribir las propuestas bajo el título de su tema</translation>
    </message>
    <message>
        <source>This page writes the forum&apos;s final declaration from its data: the figures, the guests, who took part and the retained proposals in the committee&apos;s order, with your own words around them; then exports it in English, French or Spanish and prints it. Retain proposals on the Proposals page (Curate) to begin.</source>
        <translation>Esta página escribe la declaración final del foro a partir de sus datos: las cifras, los invitados, quiénes participaron y las propuestas retenidas en el orden del comité, rodeadas de sus propias palabras; luego la exporta en inglés, francés o español y la imprime. Para empezar, retenga propuestas en la página Propuestas (pestaña Depuración).</translation>
    </message>
    <message>
        <source>Open the Proposals Page</source>
        <translation>Ver la página Propuestas</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Paper: %1</source>
        <translation>Papel: %1</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>No hay ningún foro abierto</translation>
    </message>
    <message>
        <source>No proposal retained yet</source>
        <translation>Todavía no hay ninguna propuesta retenida</translation>
    </message>
    <message>
        <source>declaration</source>
        <comment>file name</comment>
        <translation>declaración</translation>
    </message>
    <message>
        <source>Export the Declaration</source>
        <translation>Exportar la declaración</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Declaration not exported</source>
        <translation>Declaración no exportada</translation>
    </message>
    <message>
        <source>Cordée cannot tell the format of “%1” from its extension. Name the file with .pdf, .odt, .html or .md.</source>
        <translation>Cordée no puede deducir el formato de “%1” a partir de su extensión. Dé al archivo la extensión .pdf, .odt, .html o .md.</translation>
    </message>
    <message>
        <source>The declaration could not be written to “%1”: %2

Choose a folder you can write to, or another file name.</source>
        <translation>No se pudo escribir la declaración en “%1”: %2

Elija una carpeta en la que pueda escribir u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The declaration was written to “%1”, but its export could not be recorded in the forum file.</source>
        <translation>La declaración se escribió en “%1”, pero su exportación no se pudo registrar en el archivo del foro.</translation>
    </message>
    <message>
        <source>Exported the declaration (%1, %2) to %3</source>
        <translation>Declaración exportada (%1, %2) a %3</translation>
    </message>
    <message>
        <source>Print the Declaration</source>
        <translation>Imprimir la declaración</translation>
    </message>
    <message>
        <source>Declaration not printed</source>
        <translation>Declaración no impresa</translation>
    </message>
    <message>
        <source>Sent the declaration to %1</source>
        <translation>Declaración enviada a %1</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
</context>
<context>
    <name>cordee::ThemeDialog</name>
    <message>
        <source>Add Theme</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Financing the social economy</source>
        <translation>p. ej., Financiar la economía social</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the workshops of this theme work on (shown to participants)</source>
        <translation>En qué trabajan los talleres de este tema (se muestra a los participantes)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>Modificar el tema</translation>
    </message>
</context>
<context>
    <name>cordee::TimeSlotDialog</name>
    <message>
        <source>Add Time Slot</source>
        <translation>Añadir franja horaria</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Edit Time Slot</source>
        <translation>Modificar la franja horaria</translation>
    </message>
    <message>
        <source>Optional, e.g. Workshops of the morning</source>
        <translation>Opcional, p. ej., Talleres de la mañana</translation>
    </message>
    <message>
        <source>e.g. Opening ceremony</source>
        <translation>p. ej., Ceremonia de apertura</translation>
    </message>
</context>
<context>
    <name>cordee::WeightsDialog</name>
    <message>
        <source>Objective Weights</source>
        <translation>Pesos del objetivo</translation>
    </message>
    <message>
        <source>The formation minimises F, the sum of these costs over every person, workshop and slot. Raise a weight to make the engine avoid that cost more; the rules (sizes, languages, pins) always hold whatever the weights.</source>
        <translation>La formación minimiza F, la suma de estos costos sobre todas las personas, talleres y franjas. Aumente un peso para que el motor evite más ese costo; las reglas (tamaños, idiomas, fijaciones) se cumplen siempre, sean cuales sean los pesos.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Por defecto: %1</translation>
    </message>
    <message>
        <source>F of the current plan with these weights: %1 (now %2). Form the workshops again to optimise for them.</source>
        <translation>F del reparto actual con estos pesos: %1 (ahora %2). Vuelva a formar los talleres para optimizar según ellos.</translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopCard</name>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Taller %1</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>%1 / %2–%3</source>
        <translation>%1 / %2–%3</translation>
    </message>
    <message>
        <source>Members, and the size the workshop must keep: at least %1, at most %2 (the forum&apos;s maximum or the room&apos;s seats)</source>
        <translation>Miembros y tamaño que debe mantener el taller: al menos %1, como máximo %2 (el máximo del foro o las plazas de la sala)</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Relator: %1</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Miembros de %1</translation>
    </message>
    <message>
        <source>Unplaced participants</source>
        <translation>Participantes sin asignar</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>Sin asignar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>All %n attending participant(s) are in a workshop. Drop someone here to take them out of this slot.</source>
        <translation>
            <numerusform>Todos los participantes presentes (%n) están en un taller. Suelte aquí a alguien para sacarlo de esta franja.</numerusform>
            <numerusform>Los %n participantes presentes están todos en un taller. Suelte aquí a alguien para sacarlo de esta franja.</numerusform>
        </translation>
    </message>
    <message>
        <source>They attend this slot but are in no workshop, which breaks a rule: drag each into a workshop, or form the workshops again.</source>
        <translation>Asisten a esta franja pero no están en ningún taller, lo que incumple una regla: arrastre a cada una a un taller o vuelva a formar los talleres.</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation>
            <numerusform>%n continente</numerusform>
            <numerusform>%n continentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Same-country pairs: %1
Same-organisation pairs: %2
Pairs who met in an earlier slot: %3</source>
        <translation>Pares del mismo país: %1
Pares de la misma organización: %2
Pares que coincidieron en una franja anterior: %3</translation>
    </message>
    <message>
        <source>only one woman</source>
        <translation>una sola mujer</translation>
    </message>
    <message>
        <source>only one man</source>
        <translation>un solo hombre</translation>
    </message>
    <message numerus="yes">
        <source>%n same-organisation pair(s)</source>
        <translation>
            <numerusform>%n par de la misma organización</numerusform>
            <numerusform>%n pares de la misma organización</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met before</source>
        <translation>
            <numerusform>%n par que ya coincidió</numerusform>
            <numerusform>%n pares que ya coincidieron</numerusform>
        </translation>
    </message>
    <message>
        <source>women %1, men %2, other %3</source>
        <translation>mujeres %1, hombres %2, otros %3</translation>
    </message>
    <message>
        <source>women %1, men %2</source>
        <translation>mujeres %1, hombres %2</translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopDialog</name>
    <message>
        <source>Add Workshop</source>
        <translation>Añadir taller</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Idioma de trabajo</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Todavía sin sala</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n plaza)</numerusform>
            <numerusform>%1 (%n plazas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Optional: the theme&apos;s title is shown otherwise</source>
        <translation>Opcional: si no, se muestra el título del tema</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Franja:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Faci&amp;litador:</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>&amp;Relator:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Participants with the facilitator role</source>
        <translation>Participantes con el rol de facilitador</translation>
    </message>
    <message>
        <source>Participants with the rapporteur role</source>
        <translation>Participantes con el rol de relator</translation>
    </message>
    <message>
        <source>Edit Workshop</source>
        <translation>Modificar el taller</translation>
    </message>
    <message>
        <source>People are placed in this workshop: it stays in its slot.</source>
        <translation>Hay personas asignadas a este taller: se mantiene en su franja.</translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopsPage</name>
    <message>
        <source>Workshop slots</source>
        <translation>Franjas de talleres</translation>
    </message>
    <message>
        <source>Find someone in this slot… (Ctrl+F)</source>
        <translation>Buscar a alguien en esta franja… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find someone in this slot</source>
        <translation>Buscar a alguien en esta franja</translation>
    </message>
    <message>
        <source>&amp;Form Workshops…</source>
        <translation>&amp;Formar talleres…</translation>
    </message>
    <message>
        <source>Place everyone in workshops, holding every rule (Ctrl+R)</source>
        <translation>Asignar a todos a talleres, cumpliendo todas las reglas (Ctrl+R)</translation>
    </message>
    <message>
        <source>Objective &amp;Weights…</source>
        <translation>&amp;Pesos del objetivo…</translation>
    </message>
    <message>
        <source>Change what the formation values most: choices, diversity, new encounters</source>
        <translation>Cambiar lo que la formación valora más: elecciones, diversidad, nuevos encuentros</translation>
    </message>
    <message>
        <source>&amp;Pin Here</source>
        <translation>F&amp;ijar aquí</translation>
    </message>
    <message>
        <source>Keep the selected person in this workshop when the workshops are formed again (Ctrl+T)</source>
        <translation>Mantener a la persona seleccionada en este taller cuando se vuelvan a formar los talleres (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>Move the selected person to another workshop of this slot (Ctrl+M)</source>
        <translation>Mover a la persona seleccionada a otro taller de esta franja (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Take Out of Workshop</source>
        <translation>&amp;Sacar del taller</translation>
    </message>
    <message>
        <source>Put the selected person in the tray of people not placed (Del)</source>
        <translation>Poner a la persona seleccionada en la bandeja de personas sin asignar (Supr)</translation>
    </message>
    <message>
        <source>&amp;Find in Slot</source>
        <translation>&amp;Buscar en la franja</translation>
    </message>
    <message>
        <source>Find someone among this slot&apos;s workshops (Ctrl+F)</source>
        <translation>Buscar a alguien entre los talleres de esta franja (Ctrl+F)</translation>
    </message>
    <message>
        <source>Next Slot</source>
        <translation>Franja siguiente</translation>
    </message>
    <message>
        <source>Previous Slot</source>
        <translation>Franja anterior</translation>
    </message>
    <message>
        <source>Form Workshops…</source>
        <translation>Formar talleres…</translation>
    </message>
    <message>
        <source>Open the Programme</source>
        <translation>Ver el programa</translation>
    </message>
    <message>
        <source>This forum has no workshop slot yet. Add time slots of the kind &quot;Workshops&quot; on the Programme page; then form the workshops here.</source>
        <translation>Este foro todavía no tiene ninguna franja de talleres. Añada franjas horarias del tipo &quot;Talleres&quot; en la página Programa y luego forme aquí los talleres.</translation>
    </message>
    <message>
        <source>No workshops in this slot yet. Form Workshops… plans them from the participants&apos; preferences and the free rooms, then places everyone.</source>
        <translation>Todavía no hay talleres en esta franja. Formar talleres… los planifica a partir de las preferencias de los participantes y de las salas libres, y luego asigna a todos.</translation>
    </message>
    <message>
        <source>%1 is no longer in a workshop of this slot.</source>
        <translation>%1 ya no está en ningún taller de esta franja.</translation>
    </message>
    <message>
        <source>%1 moved to %2 and pinned there.</source>
        <translation>%1 se ha movido a %2 y se ha fijado allí.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n member(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n miembro)</numerusform>
            <numerusform>%1 — %2 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sin tema</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found in this slot</source>
        <translation>
            <numerusform>%n persona encontrada en esta franja</numerusform>
            <numerusform>%n personas encontradas en esta franja</numerusform>
        </translation>
    </message>
    <message>
        <source>Forming the workshops…</source>
        <translation>Formando los talleres…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Form Workshops</source>
        <translation>Formar talleres</translation>
    </message>
    <message>
        <source>Formation cancelled: nothing changed.</source>
        <translation>Formación cancelada: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workshops could not be formed, and nothing changed.

%1</source>
        <translation>No se pudieron formar los talleres y no ha cambiado nada.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Form workshops (%n slot(s))</source>
        <translation>
            <numerusform>Formar talleres (%n franja)</numerusform>
            <numerusform>Formar talleres (%n franjas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshops formed: %n rule(s) broken, F %1.</source>
        <translation>
            <numerusform>Talleres formados: %n regla incumplida, F %1.</numerusform>
            <numerusform>Talleres formados: %n reglas incumplidas, F %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cordée: from the participants of a forum to its final declaration.</source>
        <translation>Cordée: de los participantes de un foro a su declaración final.</translation>
    </message>
    <message>
        <source>Open a fresh temporary copy of the demo forum.</source>
        <translation>Abrir una copia temporal nueva del foro de demostración.</translation>
    </message>
    <message>
        <source>The forum file to open.</source>
        <translation>El archivo de foro que se abrirá.</translation>
    </message>
</context>
</TS>
