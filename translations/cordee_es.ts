<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Import participants from a spreadsheet.</source>
        <translation>Importar participantes desde una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Imports the people of the spreadsheet SOURCE (CSV, TSV, text, .xlsx or .ods; &quot;-&quot; reads standard input) into the forum FILE, in one transaction. Columns are recognised from their headers in English, French or Spanish. A row without any name is refused; a bad value leaves its field empty with a warning; someone already in the forum or twice in the file is not created twice, and the existing record is completed. Problems are listed by spreadsheet row (the header is row 1). Exit codes: 0 no problem, 3 rows refused or warned about (the rest was imported), 2 nothing could be read.</source>
        <translation>Importa a las personas de la hoja de cálculo SOURCE (CSV, TSV, texto, .xlsx o .ods; &quot;-&quot; lee la entrada estándar) en el foro FILE, en una sola transacción. Las columnas se reconocen por sus encabezados en inglés, francés o español. Una fila sin ningún nombre se rechaza; un valor incorrecto deja su campo vacío, con una advertencia; a quien ya figura en el foro o aparece dos veces en el archivo no se le crea dos veces, y se completa su registro existente. Los problemas se indican por fila de la hoja de cálculo (el encabezado es la fila 1). Códigos de salida: 0 ningún problema, 3 filas rechazadas o con advertencias (el resto se ha importado), 2 no se pudo leer nada.</translation>
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
        <source>Import nothing if any problem is found.</source>
        <translation>No importar nada si se encuentra algún problema.</translation>
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
        <source>Feed the column Header into field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Repeatable.</source>
        <translation>Importar la columna Header en el campo field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Se puede repetir.</translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; list.csv</source>
        <translation>Ejemplos:
  cordee-cli import participants forum.cordee inscripciones.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; lista.csv</translation>
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
        <source>what to import is missing: participants</source>
        <translation>falta qué importar: participants</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: only participants</source>
        <translation>no se puede importar &quot;%1&quot;: solo participants</translation>
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
        <source>Export participants or placements as CSV, or one person&apos;s data as JSON.</source>
        <translation>Exportar los participantes o las asignaciones en formato CSV, o los datos de una persona en formato JSON.</translation>
    </message>
    <message>
        <source>participants: writes every participant of the forum FILE as CSV for spreadsheets (UTF-8 with a byte-order mark; columns first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status; cells that a spreadsheet would run as a formula start with an apostrophe). assignments: writes one line per placement of a participant in a workshop, with the same encoding, columns email, slot, workshop, theme, room (keys), sorted by slot (in programme order), then workshop, then e-mail. person: writes everything the forum holds about the participant with that e-mail as JSON (their right of access). &quot;-o -&quot; writes to standard output.</source>
        <translation>participants: escribe todos los participantes del foro FILE en formato CSV para hojas de cálculo (UTF-8 con marca de orden de bytes; columnas first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status; las celdas que una hoja de cálculo ejecutaría como fórmula empiezan con un apóstrofo). assignments: escribe una línea por cada asignación de un participante a un taller, con la misma codificación, columnas email, slot, workshop, theme, room (claves), ordenadas por franja (en el orden del programa), luego por taller y luego por correo electrónico. person: escribe en formato JSON todo lo que el foro contiene sobre el participante con ese correo electrónico (su derecho de acceso). &quot;-o -&quot; escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>what to export is missing: participants, assignments or person</source>
        <translation>falta qué exportar: participants, assignments o person</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: participants, assignments or person</source>
        <translation>no se puede exportar &quot;%1&quot;: participants, assignments o person</translation>
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
</context>
<context>
    <name>Formation</name>
    <message>
        <source>a pin names a person or a workshop that does not exist</source>
        <translation>una fijación designa a una persona o un taller que no existe</translation>
    </message>
    <message>
        <source>person %1 is pinned in slot %2, which they do not attend</source>
        <translation>la persona %1 está fijada en la franja %2, a la que no asiste</translation>
    </message>
    <message>
        <source>person %1 is pinned to two workshops of slot %2</source>
        <translation>la persona %1 está fijada a dos talleres de la franja %2</translation>
    </message>
    <message>
        <source>person %1 is pinned to workshop %2, whose language they do not speak</source>
        <translation>la persona %1 está fijada al taller %2, cuyo idioma no habla</translation>
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
    <message>
        <source>Person %1 is pinned to workshop %2, which does not exist</source>
        <translation>La persona %1 está fijada al taller %2, que no existe</translation>
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
    <message>
        <source>Person %1 speaks none of the working languages of slot %2 (%3)</source>
        <translation>La persona %1 no habla ninguno de los idiomas de trabajo de la franja %2 (%3)</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2, in a slot they do not attend</source>
        <translation>La persona %1 está fijada al taller %2, en una franja a la que no asiste</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2, held in %3, which they do not speak</source>
        <translation>La persona %1 está fijada al taller %2, que se celebra en %3, idioma que no habla</translation>
    </message>
    <message>
        <source>Person %1 is pinned to two workshops of slot %2: workshops %3 and %4</source>
        <translation>La persona %1 está fijada a dos talleres de la franja %2: los talleres %3 y %4</translation>
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
        <source>Person %1 attends slot %2 but is in no workshop</source>
        <translation>La persona %1 asiste a la franja %2 pero no está en ningún taller</translation>
    </message>
    <message>
        <source>Person %1 is placed in slot %2 in workshop %3, which does not exist</source>
        <translation>La persona %1 está asignada en la franja %2 al taller %3, que no existe</translation>
    </message>
    <message>
        <source>Person %1 is placed in slot %2 in workshop %3, which belongs to another slot</source>
        <translation>La persona %1 está asignada en la franja %2 al taller %3, que pertenece a otra franja</translation>
    </message>
    <message>
        <source>Person %1 does not attend slot %2 but is placed in workshop %3</source>
        <translation>La persona %1 no asiste a la franja %2 pero está asignada al taller %3</translation>
    </message>
    <message>
        <source>Person %1 is in workshop %2, held in %3, which they do not speak</source>
        <translation>La persona %1 está en el taller %2, que se celebra en %3, idioma que no habla</translation>
    </message>
    <message>
        <source>Person %1 is placed in slot %2, which does not exist</source>
        <translation>La persona %1 está asignada a la franja %2, que no existe</translation>
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
        <source>Person %1 is pinned to workshop %2 but is in no workshop of that slot</source>
        <translation>La persona %1 está fijada al taller %2 pero no está en ningún taller de esa franja</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2 but is in workshop %3</source>
        <translation>La persona %1 está fijada al taller %2 pero está en el taller %3</translation>
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
        <source>About Cordée</source>
        <translation>Acerca de Cordée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cordée %1&lt;/h3&gt;&lt;p&gt;From the participants of an international forum to its final declaration.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Country names: Debian&apos;s iso-codes (LGPL-2.1-or-later). Icons: KDE Breeze (LGPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cordée %1&lt;/h3&gt;&lt;p&gt;De los participantes de un foro internacional a su declaración final.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU (GPL), versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Nombres de países: iso-codes de Debian (LGPL-2.1-or-later). Iconos: KDE Breeze (LGPL-3.0-or-later).&lt;/p&gt;</translation>
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
