<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>within goal</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>over goal</source>
        <translation>objectif non atteint</translation>
    </message>
    <message>
        <source>Measure how fast Cordée handles a large forum.</source>
        <translation>Mesurer la rapidité de Cordée sur un grand forum.</translation>
    </message>
    <message>
        <source>Measures WHAT on a generated forum (the same on every machine) and prints, for each measurement, the median, the fastest and the slowest run against its goal. Goals are reported, never enforced: the exit code is 0 whatever the times.</source>
        <translation>Mesure WHAT sur un forum généré (identique sur toutes les machines) et affiche, pour chaque mesure, la médiane, l&apos;exécution la plus rapide et la plus lente, comparées à leur objectif. Les objectifs sont indiqués, jamais imposés : le code de sortie vaut 0 quels que soient les temps.</translation>
    </message>
    <message>
        <source>What to measure (default: participants).</source>
        <translation>Ce qu&apos;il faut mesurer (par défaut : participants).</translation>
    </message>
    <message>
        <source>Participants in the generated forum (default: 10000).</source>
        <translation>Nombre de participants du forum généré (par défaut : 10000).</translation>
    </message>
    <message>
        <source>Times each measurement is repeated (default: 5).</source>
        <translation>Nombre de répétitions de chaque mesure (par défaut : 5).</translation>
    </message>
    <message>
        <source>Print the results as a JSON object.</source>
        <translation>Afficher les résultats sous forme d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>Benchmarks (WHAT):</source>
        <translation>Mesures disponibles (WHAT) :</translation>
    </message>
    <message>
        <source>one benchmark at a time, unexpected &quot;%1&quot;</source>
        <translation>une seule mesure à la fois, &quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <source>no benchmark &quot;%1&quot;</source>
        <translation>la mesure &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>Benchmark %1: %2, %3</source>
        <translation>Mesure %1 : %2, %3</translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation>%1 participant</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>%1 run</source>
        <translation>%1 exécution</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>Open a forum of N participants into the participant table, then filter it keystroke by keystroke.</source>
        <translation>Ouvre un forum de N participants dans le tableau des participants, puis filtre ce tableau frappe après frappe.</translation>
    </message>
    <message>
        <source>Open the forum and fill the participant table</source>
        <translation>Ouvrir le forum et remplir le tableau des participants</translation>
    </message>
    <message>
        <source>One keystroke in the participant search field</source>
        <translation>Une frappe dans le champ de recherche des participants</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the benchmark.</source>
        <translation>Impossible de créer un dossier temporaire pour la mesure.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Afficher l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Utilisation : %1 COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the arguments and options of a command.</source>
        <translation>Lancez &apos;%1 COMMAND --help&apos; pour connaître les arguments et les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Prepares an international forum from the command line: creates forum files, counts the participants and measures how fast Cordée handles large forums.</source>
        <translation>Prépare un forum international en ligne de commande : crée des fichiers de forum, compte les participants et mesure la rapidité de Cordée sur de grands forums.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>help takes one command name</source>
        <translation>help attend un seul nom de commande</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;</source>
        <translation>la commande &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation>une commande est nécessaire</translation>
    </message>
    <message>
        <source>--version takes no argument</source>
        <translation>--version n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation : %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Lancez &apos;%1 %2 --help&apos; pour en savoir plus.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>--%1 doit être un nombre entier de %2 à %3 (reçu : &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>Write the demo forum into a new file.</source>
        <translation>Écrire le forum de démonstration dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The forum file to create, e.g. demo.cordee.</source>
        <translation>Le fichier de forum à créer, p. ex. demo.cordee.</translation>
    </message>
    <message>
        <source>the forum FILE to create is missing</source>
        <translation>il manque le fichier FILE du forum à créer</translation>
    </message>
    <message>
        <source>one FILE only, unexpected &quot;%1&quot;</source>
        <translation>un seul FILE, &quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <source>Create a forum file, empty or from a JSON description.</source>
        <translation>Créer un fichier de forum, vide ou à partir d&apos;une description JSON.</translation>
    </message>
    <message>
        <source>Creates the forum file FILE, either empty with a title or from a JSON description of the forum (settings, themes, rooms, time slots, workshops, declaration). An existing file is never overwritten. Each problem of a description is reported as &quot;FORUM.json: FIELD: MESSAGE&quot; and no file is created.</source>
        <translation>Crée le fichier de forum FILE, soit vide avec un titre, soit à partir d&apos;une description JSON du forum (paramètres, thèmes, salles, créneaux, ateliers, déclaration). Un fichier existant n&apos;est jamais écrasé. Chaque problème d&apos;une description est signalé sous la forme &quot;FORUM.json: FIELD: MESSAGE&quot; et aucun fichier n&apos;est créé.</translation>
    </message>
    <message>
        <source>The forum file to create, e.g. forum.cordee.</source>
        <translation>Le fichier de forum à créer, p. ex. forum.cordee.</translation>
    </message>
    <message>
        <source>The forum&apos;s title.</source>
        <translation>Le titre du forum.</translation>
    </message>
    <message>
        <source>A JSON description of the forum; see the user manual for its keys.</source>
        <translation>Une description JSON du forum ; ses clés sont décrites dans le manuel d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli new forum.cordee --title &quot;Forum of the Alps&quot;
  cordee-cli new forum.cordee --from forum.json</source>
        <translation>Exemples :
  cordee-cli new forum.cordee --title &quot;Forum des Alpes&quot;
  cordee-cli new forum.cordee --from forum.json</translation>
    </message>
    <message>
        <source>give --title or --from, not both</source>
        <translation>indiquez --title ou --from, pas les deux</translation>
    </message>
    <message>
        <source>give --title TITLE or --from FORUM.json</source>
        <translation>indiquez --title TITLE ou --from FORUM.json</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name, a forum is never overwritten.</source>
        <translation>“%1” existe déjà ; choisissez un autre nom, un forum n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>Created %1: &quot;%2&quot;</source>
        <translation>%1 créé : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>not a usable forum description</source>
        <translation>n&apos;est pas une description de forum utilisable</translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation>%1 pays</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 pays</translation>
    </message>
    <message>
        <source>%1 continent</source>
        <translation>%1 continent</translation>
    </message>
    <message>
        <source>%1 continents</source>
        <translation>%1 continents</translation>
    </message>
    <message>
        <source>%1 workshop</source>
        <translation>%1 atelier</translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation>%1 ateliers</translation>
    </message>
    <message>
        <source>%1 proposal</source>
        <translation>%1 proposition</translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation>%1 propositions</translation>
    </message>
    <message>
        <source>By continent</source>
        <translation>Par continent</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Print a forum&apos;s head counts by continent, category, gender and country.</source>
        <translation>Afficher les effectifs d&apos;un forum par continent, catégorie, genre et pays.</translation>
    </message>
    <message>
        <source>Prints the head counts of the forum in FILE: participants (those who cancelled are not counted), countries, continents, workshops and proposals, then the participants by continent, category, gender and country.</source>
        <translation>Affiche les effectifs du forum contenu dans FILE : participants (les personnes qui se sont désistées ne sont pas comptées), pays, continents, ateliers et propositions, puis les participants par continent, catégorie, genre et pays.</translation>
    </message>
    <message>
        <source>A forum file (.cordee).</source>
        <translation>Un fichier de forum (.cordee).</translation>
    </message>
    <message>
        <source>Print a JSON object instead: title, participants, countries, continents, workshops, proposals, by_continent, by_category, by_gender, by_country.</source>
        <translation>Afficher plutôt un objet JSON : title, participants, countries, continents, workshops, proposals, by_continent, by_category, by_gender, by_country.</translation>
    </message>
    <message>
        <source>the forum FILE is missing</source>
        <translation>il manque le fichier FILE du forum</translation>
    </message>
    <message>
        <source>goal &lt; %1 ms</source>
        <translation>objectif &lt; %1 ms</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>median %1 ms   min %2   max %3   %4   %5</source>
        <translation>médiane %1 ms   min %2   max %3   %4   %5</translation>
    </message>
    <message>
        <source>  %1 takes %2× the time of: %3</source>
        <translation>  %1 prend %2× le temps de : %3</translation>
    </message>
    <message>
        <source>sqlite3 .import failed.</source>
        <translation>Échec de sqlite3 .import.</translation>
    </message>
    <message>
        <source>No temporary folder for the benchmark.</source>
        <translation>Aucun dossier temporaire pour la mesure.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s CSV file cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier CSV de la mesure.</translation>
    </message>
    <message>
        <source>Import the CSV file into a forum (read, check, write)</source>
        <translation>Importer le fichier CSV dans un forum (lecture, vérification, écriture)</translation>
    </message>
    <message>
        <source>sqlite3 .import of the same file</source>
        <translation>sqlite3 .import du même fichier</translation>
    </message>
    <message>
        <source>Import N participants from a CSV file, beside sqlite3&apos;s own .import of the same file.</source>
        <translation>Importe N participants depuis un fichier CSV, en comparaison avec la commande .import de sqlite3 sur le même fichier.</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Ce qu&apos;il faut exporter.</translation>
    </message>
    <message>
        <source>The forum file (.cordee).</source>
        <translation>Le fichier du forum (.cordee).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>Le fichier à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>The person to export (person only).</source>
        <translation>La personne à exporter (person uniquement).</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d&apos;écrire “%1” : %2</translation>
    </message>
    <message>
        <source>Nobody has the e-mail &quot;%1&quot; in %2.</source>
        <translation>Personne n&apos;a l&apos;adresse e-mail &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>give the forum FILE</source>
        <translation>indiquez le fichier FILE du forum</translation>
    </message>
    <message>
        <source>say where to write with -o OUT</source>
        <translation>indiquez où écrire avec -o OUT</translation>
    </message>
    <message>
        <source>say whose data with --email EMAIL</source>
        <translation>indiquez de qui exporter les données avec --email EMAIL</translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet.</source>
        <translation>Importer des participants depuis une feuille de calcul.</translation>
    </message>
    <message>
        <source>Imports the people of the spreadsheet SOURCE (CSV, TSV, text, .xlsx or .ods; &quot;-&quot; reads standard input) into the forum FILE, in one transaction. Columns are recognised from their headers in English, French or Spanish. A row without any name is refused; a bad value leaves its field empty with a warning; someone already in the forum or twice in the file is not created twice, and the existing record is completed. Problems are listed by spreadsheet row (the header is row 1). Exit codes: 0 no problem, 3 rows refused or warned about (the rest was imported), 2 nothing could be read.</source>
        <translation>Importe les personnes de la feuille de calcul SOURCE (CSV, TSV, texte, .xlsx ou .ods ; &quot;-&quot; lit l&apos;entrée standard) dans le forum FILE, en une seule transaction. Les colonnes sont reconnues d&apos;après leurs en-têtes en anglais, en français ou en espagnol. Une ligne sans aucun nom est refusée ; une valeur incorrecte laisse son champ vide, avec un avertissement ; une personne déjà présente dans le forum ou deux fois dans le fichier n&apos;est pas créée deux fois, et sa fiche existante est complétée. Les problèmes sont listés par ligne de la feuille de calcul (l&apos;en-tête est la ligne 1). Codes de sortie : 0 aucun problème, 3 lignes refusées ou signalées par un avertissement (le reste a été importé), 2 rien n&apos;a pu être lu.</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>Ce qu&apos;il faut importer.</translation>
    </message>
    <message>
        <source>The spreadsheet, or - for standard input.</source>
        <translation>La feuille de calcul, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print a JSON report: imported, updated, duplicates, refused, problems.</source>
        <translation>Afficher un rapport JSON : imported, updated, duplicates, refused, problems.</translation>
    </message>
    <message>
        <source>Check and report, write nothing.</source>
        <translation>Vérifier et rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>Import nothing if any problem is found.</source>
        <translation>Ne rien importer si un problème est détecté.</translation>
    </message>
    <message>
        <source>The text file&apos;s encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>L&apos;encodage du fichier texte : UTF-8, UTF-16LE, UTF-16BE ou Windows-1252.</translation>
    </message>
    <message>
        <source>The text file&apos;s delimiter: , ; or tab (\t).</source>
        <translation>Le séparateur du fichier texte : , ; ou tab (\t).</translation>
    </message>
    <message>
        <source>Feed the column Header into field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Repeatable.</source>
        <translation>Importer la colonne Header dans le champ field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Peut être répété.</translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; list.csv</source>
        <translation>Exemples :
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; liste.csv</translation>
    </message>
    <message>
        <source>Imported %1 new, completed %2 existing; %3 duplicates, %4 refused.</source>
        <translation>Nouveaux participants importés : %1 ; existants complétés : %2 ; doublons : %3 ; refusés : %4.</translation>
    </message>
    <message>
        <source>Nothing written. Would import %1 new, complete %2 existing; %3 duplicates, %4 refused.</source>
        <translation>Rien n&apos;a été écrit. Nouveaux participants à importer : %1 ; existants à compléter : %2 ; doublons : %3 ; refusés : %4.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>what to import is missing: participants</source>
        <translation>il manque ce qu&apos;il faut importer : participants</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: only participants</source>
        <translation>impossible d&apos;importer &quot;%1&quot; : seulement participants</translation>
    </message>
    <message>
        <source>give the forum FILE and the SOURCE spreadsheet</source>
        <translation>indiquez le fichier FILE du forum et la feuille de calcul SOURCE</translation>
    </message>
    <message>
        <source>--delimiter takes one character, not &quot;%1&quot;</source>
        <translation>--delimiter attend un seul caractère, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no column holds first or last names (use --map &quot;Header=last_name&quot;)</source>
        <translation>%1 : aucune colonne ne contient de prénoms ni de noms (utilisez --map &quot;Header=last_name&quot;)</translation>
    </message>
    <message>
        <source>Form the workshops: place every participant, slot by slot.</source>
        <translation>Former les ateliers : placer chaque participant, créneau par créneau.</translation>
    </message>
    <message>
        <source>Forms the workshops of the forum FILE: every participant who attends a workshop slot is placed in one of its workshops, within the workshop sizes and rooms, in a language they speak, as close to their ranked themes as can be and mixing countries, continents, genders, categories and organisations. Organizers and guests of honour are not placed. A slot with no workshop first gets them, planned from the participants&apos; choices and the free rooms. The placements of the formed slots are replaced (pinned ones are kept) in one transaction: if the rules cannot all hold, the message says why and nothing is written. Then prints the scorecard.</source>
        <translation>Forme les ateliers du forum FILE : chaque participant présent à un créneau d&apos;ateliers est placé dans l&apos;un de ses ateliers, dans les limites de taille des ateliers et des salles, dans une langue qu&apos;il parle, au plus près des thèmes qu&apos;il a classés, en mêlant pays, continents, genres, catégories et organisations. Les organisateurs et les invités d&apos;honneur ne sont pas placés. Un créneau sans atelier en reçoit d&apos;abord, prévus d&apos;après les choix des participants et les salles libres. Les placements des créneaux formés sont remplacés (ceux qui sont épinglés sont conservés) en une seule transaction : si les règles ne peuvent pas toutes être tenues, le message dit pourquoi et rien n&apos;est écrit. Affiche ensuite le bilan.</translation>
    </message>
    <message>
        <source>Form only this workshop slot (its key); repeat for several. The other slots keep their placements. Default: every workshop slot.</source>
        <translation>Ne former que ce créneau d&apos;ateliers (sa clé) ; à répéter pour plusieurs. Les autres créneaux gardent leurs placements. Par défaut : tous les créneaux d&apos;ateliers.</translation>
    </message>
    <message>
        <source>The seed: the same seed on the same forum gives the same plan (1).</source>
        <translation>La graine : la même graine sur le même forum donne la même répartition (1).</translation>
    </message>
    <message>
        <source>How long the solver may search for a better plan, in seconds (%1).</source>
        <translation>Durée pendant laquelle le solveur peut chercher une meilleure répartition, en secondes (%1).</translation>
    </message>
    <message>
        <source>Print the scorecard as JSON: hard_violations, objective, violations, preference_profile (first, second, third, fourth, fifth, unranked), repeated_themes, pairs (country, continent, gender, category, organisation: pairs and bound), lone_gender_workshops, repeated_pairs, workshops, placements, interpreted.</source>
        <translation>Afficher le bilan au format JSON : hard_violations, objective, violations, preference_profile (first, second, third, fourth, fifth, unranked), repeated_themes, pairs (country, continent, gender, category, organisation : pairs et bound), lone_gender_workshops, repeated_pairs, workshops, placements, interpreted.</translation>
    </message>
    <message>
        <source>Exit codes: 0 formed; 1 wrong usage; 2 the file cannot be used, a --slot names no workshop slot of the forum, or the rules cannot all hold (nothing is written).</source>
        <translation>Codes de sortie : 0 ateliers formés ; 1 utilisation incorrecte ; 2 fichier inutilisable, --slot ne désigne aucun créneau d&apos;ateliers du forum, ou les règles ne peuvent pas toutes être tenues (rien n&apos;est écrit).</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 up, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier à partir de 0, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds above 0, not &quot;%1&quot;</source>
        <translation>--time-limit attend un nombre de secondes supérieur à 0, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Formed %1 workshop slot</source>
        <translation>%1 créneau d&apos;ateliers formé</translation>
    </message>
    <message>
        <source>Formed %1 workshop slots</source>
        <translation>%1 créneaux d&apos;ateliers formés</translation>
    </message>
    <message>
        <source>, with %1 new workshop planned from the participants&apos; choices</source>
        <translation>, dont %1 nouvel atelier prévu d&apos;après les choix des participants</translation>
    </message>
    <message>
        <source>, with %1 new workshops planned from the participants&apos; choices</source>
        <translation>, dont %1 nouveaux ateliers prévus d&apos;après les choix des participants</translation>
    </message>
    <message>
        <source>Score the workshops as they stand and list the rules they break.</source>
        <translation>Évaluer les ateliers tels qu&apos;ils sont et lister les règles qu&apos;ils enfreignent.</translation>
    </message>
    <message>
        <source>Reads the workshops and placements of the forum FILE as they stand, changes nothing, and prints their scorecard with every rule they break: someone who attends a slot but is in no workshop, a workshop below the minimum size or above its limit, someone in a workshop whose language they do not speak, a pin not held.</source>
        <translation>Lit les ateliers et les placements du forum FILE tels qu&apos;ils sont, sans rien modifier, et affiche leur bilan avec chaque règle enfreinte : une personne présente à un créneau mais dans aucun atelier, un atelier sous la taille minimale ou au-delà de sa limite, une personne dans un atelier dont elle ne parle pas la langue, un épinglage non respecté.</translation>
    </message>
    <message>
        <source>Print the scorecard as JSON, with the same keys as assign --json.</source>
        <translation>Afficher le bilan au format JSON, avec les mêmes clés que assign --json.</translation>
    </message>
    <message>
        <source>Exit codes: 0 every rule holds; 1 wrong usage; 2 the file cannot be used; 3 some rules are broken (listed in the scorecard, under violations with --json).</source>
        <translation>Codes de sortie : 0 toutes les règles sont tenues ; 1 utilisation incorrecte ; 2 fichier inutilisable ; 3 des règles sont enfreintes (listées dans le bilan, sous violations avec --json).</translation>
    </message>
    <message>
        <source>Creates FILE holding the demo forum: a made-up edition of a social and solidarity economy forum with 350 participants from 45 countries on the five continents, four themes and a three-day programme, its workshops formed. The same on every machine. An existing file is never overwritten.</source>
        <translation>Crée le fichier FILE contenant le forum de démonstration : une édition fictive d&apos;un forum de l&apos;économie sociale et solidaire, avec 350 participants de 45 pays des cinq continents, quatre thèmes et un programme de trois jours, ses ateliers formés. Identique sur toutes les machines. Un fichier existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>Export participants or placements as CSV, or one person&apos;s data as JSON.</source>
        <translation>Exporter les participants ou les placements au format CSV, ou les données d&apos;une personne au format JSON.</translation>
    </message>
    <message>
        <source>participants: writes every participant of the forum FILE as CSV for spreadsheets (UTF-8 with a byte-order mark; columns first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status; cells that a spreadsheet would run as a formula start with an apostrophe). assignments: writes one line per placement of a participant in a workshop, with the same encoding, columns email, slot, workshop, theme, room (keys), sorted by slot (in programme order), then workshop, then e-mail. person: writes everything the forum holds about the participant with that e-mail as JSON (their right of access). &quot;-o -&quot; writes to standard output.</source>
        <translation>participants : écrit tous les participants du forum FILE au format CSV pour tableur (UTF-8 avec indicateur d&apos;ordre des octets ; colonnes first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status ; les cellules qu&apos;un tableur exécuterait comme une formule commencent par une apostrophe). assignments : écrit une ligne par placement d&apos;un participant dans un atelier, avec le même encodage, colonnes email, slot, workshop, theme, room (clés), triées par créneau (dans l&apos;ordre du programme), puis par atelier, puis par adresse e-mail. person : écrit au format JSON tout ce que le forum contient sur le participant ayant cette adresse e-mail (son droit d&apos;accès). &quot;-o -&quot; écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>what to export is missing: participants, assignments or person</source>
        <translation>il manque ce qu&apos;il faut exporter : participants, assignments ou person</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: participants, assignments or person</source>
        <translation>impossible d&apos;exporter &quot;%1&quot; : participants, assignments ou person</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>continent</source>
        <translation>continent</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1er choix</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2e choix</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3e choix</translation>
    </message>
    <message>
        <source>4th choice</source>
        <translation>4e choix</translation>
    </message>
    <message>
        <source>5th choice</source>
        <translation>5e choix</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Every rule holds.</source>
        <translation>Toutes les règles sont tenues.</translation>
    </message>
    <message>
        <source>%1 rule broken:</source>
        <translation>%1 règle enfreinte :</translation>
    </message>
    <message>
        <source>%1 rules broken:</source>
        <translation>%1 règles enfreintes :</translation>
    </message>
    <message>
        <source>%1 placement</source>
        <translation>%1 placement</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>%1 placements</translation>
    </message>
    <message>
        <source>Objective F: %1 (lower is better)</source>
        <translation>Objectif F : %1 (plus bas, c&apos;est mieux)</translation>
    </message>
    <message>
        <source>theme repeated</source>
        <translation>thème répété</translation>
    </message>
    <message>
        <source>Placements by preference</source>
        <translation>Placements par préférence</translation>
    </message>
    <message>
        <source>%1 (at best %2)</source>
        <translation>%1 (au mieux %2)</translation>
    </message>
    <message>
        <source>Members sharing a value, in pairs</source>
        <translation>Membres partageant une valeur, en paires</translation>
    </message>
    <message>
        <source>Workshops where one gender appears once: %1</source>
        <translation>Ateliers où un genre n&apos;apparaît qu&apos;une fois : %1</translation>
    </message>
    <message>
        <source>Pairs meeting again (Σ meetings − 1): %1</source>
        <translation>Paires qui se retrouvent (Σ rencontres − 1) : %1</translation>
    </message>
    <message>
        <source>%1 person speaks none of the working languages and is placed as if with an interpreter.</source>
        <translation>%1 personne ne parle aucune des langues de travail et est placée comme si elle avait un interprète.</translation>
    </message>
    <message>
        <source>%1 people speak none of the working languages and are placed as if with an interpreter.</source>
        <translation>%1 personnes ne parlent aucune des langues de travail et sont placées comme si elles avaient un interprète.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 wrong usage, 2 a file or an input that cannot be used, 3 done with problems to look at (import: rows refused; check: rules broken).</source>
        <translation>Codes de sortie : 0 succès, 1 utilisation incorrecte, 2 fichier ou entrée inutilisable, 3 terminé avec des problèmes à examiner (import : lignes refusées ; check : règles enfreintes).</translation>
    </message>
    <message numerus="yes">
        <source>Form workshops: %1 people × %2 slots, %n run(s) (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</source>
        <translation>
            <numerusform>Formation des ateliers : %1 personnes × %2 créneaux, %n exécution (F %3, borne inférieure %4 (+%5%), %6 règles enfreintes, pic mémoire %7 Mio)</numerusform>
            <numerusform>Formation des ateliers : %1 personnes × %2 créneaux, %n exécutions (F %3, borne inférieure %4 (+%5%), %6 règles enfreintes, pic mémoire %7 Mio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Form workshops for generated forums of 350, 2,000 and 10,000 people over 3 slots (10,000 only when N is 10,000 or more).</source>
        <translation>Former les ateliers de forums générés de 350, 2 000 et 10 000 personnes sur 3 créneaux (10 000 seulement si N vaut 10 000 ou plus).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Suppression de %n participant</numerusform>
            <numerusform>Suppression de %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Edit the forum&apos;s settings</source>
        <translation>Modification des paramètres du forum</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importation de %n participant</numerusform>
            <numerusform>Importation de %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formation</name>
    <message>
        <source>The forum has no workshop slot called &quot;%1&quot;; its workshop slots are %2.</source>
        <translation>Le forum n&apos;a aucun créneau d&apos;ateliers appelé &quot;%1&quot; ; ses créneaux d&apos;ateliers sont %2.</translation>
    </message>
    <message>
        <source>forming the workshops</source>
        <translation>la formation des ateliers</translation>
    </message>
    <message>
        <source>No plan holding every rule was found: %1</source>
        <translation>Aucune répartition tenant toutes les règles n&apos;a été trouvée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) broken</source>
        <translation>
            <numerusform>%n règle enfreinte</numerusform>
            <numerusform>%n règles enfreintes</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s programme has no workshop slot: add one before forming workshops.</source>
        <translation>Le programme du forum n&apos;a aucun créneau d&apos;ateliers : ajoutez-en un avant de former les ateliers.</translation>
    </message>
    <message>
        <source>a pin names a person or a workshop that does not exist</source>
        <translation>un épinglage désigne une personne ou un atelier qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>person %1 is pinned in slot %2, which they do not attend</source>
        <translation>la personne %1 est épinglée dans le créneau %2, auquel elle n&apos;assiste pas</translation>
    </message>
    <message>
        <source>person %1 is pinned to two workshops of slot %2</source>
        <translation>la personne %1 est épinglée à deux ateliers du créneau %2</translation>
    </message>
    <message>
        <source>person %1 is pinned to workshop %2, whose language they do not speak</source>
        <translation>la personne %1 est épinglée à l&apos;atelier %2, dont elle ne parle pas la langue</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) are pinned to workshop %1, which holds %2</source>
        <translation>
            <numerusform>%n participant est épinglé à l&apos;atelier %1, qui en accueille %2</numerusform>
            <numerusform>%n participants sont épinglés à l&apos;atelier %1, qui en accueille %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n participant(s) find no seat in a workshop whose language they speak</source>
        <translation>
            <numerusform>dans le créneau %1, %n participant ne trouve pas de place dans un atelier dont il parle la langue</numerusform>
            <numerusform>dans le créneau %1, %n participants ne trouvent pas de place dans un atelier dont ils parlent la langue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n workshop(s) cannot reach %2 participants</source>
        <translation>
            <numerusform>dans le créneau %1, %n atelier ne peut pas atteindre %2 participants</numerusform>
            <numerusform>dans le créneau %1, %n ateliers ne peuvent pas atteindre %2 participants</numerusform>
        </translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>thème %1</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>langue %1</translation>
    </message>
    <message>
        <source>%1 (%2, slot %3)</source>
        <translation>%1 (%2, créneau %3)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The minimum workshop size (%1) is above the maximum (%2)</source>
        <translation>La taille minimale des ateliers (%1) dépasse la taille maximale (%2)</translation>
    </message>
    <message>
        <source>Workshop %1 belongs to slot %2, which does not exist</source>
        <translation>L&apos;atelier %1 appartient au créneau %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>A pin names person %1, who does not exist</source>
        <translation>Un épinglage désigne la personne %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2, which does not exist</source>
        <translation>La personne %1 est épinglée à l&apos;atelier %2, qui n&apos;existe pas</translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s) but no workshop</source>
        <translation>
            <numerusform>Le créneau %1 a %n participant mais aucun atelier</numerusform>
            <numerusform>Le créneau %1 a %n participants mais aucun atelier</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop %1 holds at most %2, fewer than the minimum size of %3</source>
        <translation>L&apos;atelier %1 accueille au plus %2 personnes, moins que la taille minimale de %3</translation>
    </message>
    <message>
        <source>Person %1 speaks none of the working languages of slot %2 (%3)</source>
        <translation>La personne %1 ne parle aucune des langues de travail du créneau %2 (%3)</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2, in a slot they do not attend</source>
        <translation>La personne %1 est épinglée à l&apos;atelier %2, dans un créneau auquel elle n&apos;assiste pas</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2, held in %3, which they do not speak</source>
        <translation>La personne %1 est épinglée à l&apos;atelier %2, qui se tient en %3, langue qu&apos;elle ne parle pas</translation>
    </message>
    <message>
        <source>Person %1 is pinned to two workshops of slot %2: workshops %3 and %4</source>
        <translation>La personne %1 est épinglée à deux ateliers du créneau %2 : les ateliers %3 et %4</translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n participant(s) pinned to it but holds at most %2</source>
        <translation>
            <numerusform>L&apos;atelier %1 a %n participant épinglé mais en accueille au plus %2</numerusform>
            <numerusform>L&apos;atelier %1 a %n participants épinglés mais en accueille au plus %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s), but its workshops hold at most %2</source>
        <translation>
            <numerusform>Le créneau %1 a %n participant, mais ses ateliers en accueillent au plus %2</numerusform>
            <numerusform>Le créneau %1 a %n participants, mais ses ateliers en accueillent au plus %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s), but its workshops need at least %2 (%3 × %4)</source>
        <translation>
            <numerusform>Le créneau %1 a %n participant, mais ses ateliers en demandent au moins %2 (%3 × %4)</numerusform>
            <numerusform>Le créneau %1 a %n participants, mais ses ateliers en demandent au moins %2 (%3 × %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>any-language</source>
        <translation>toutes langues</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) speaking no %1 can only join the %2 workshops of slot %3, which hold %4</source>
        <translation>
            <numerusform>%n participant ne parlant pas %1 ne peut rejoindre que les ateliers %2 du créneau %3, qui en accueillent %4</numerusform>
            <numerusform>%n participants ne parlant pas %1 ne peuvent rejoindre que les ateliers %2 du créneau %3, qui en accueillent %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n %2 workshop(s) of at least %3 members, but only %4 participants can work in %5</source>
        <translation>
            <numerusform>Le créneau %1 a %n atelier %2 d&apos;au moins %3 membres, mais seuls %4 participants peuvent travailler en %5</numerusform>
            <numerusform>Le créneau %1 a %n ateliers %2 d&apos;au moins %3 membres, mais seuls %4 participants peuvent travailler en %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Person %1 attends slot %2 but is in no workshop</source>
        <translation>La personne %1 assiste au créneau %2 mais n&apos;est dans aucun atelier</translation>
    </message>
    <message>
        <source>Person %1 is placed in slot %2 in workshop %3, which does not exist</source>
        <translation>La personne %1 est placée dans le créneau %2 dans l&apos;atelier %3, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Person %1 is placed in slot %2 in workshop %3, which belongs to another slot</source>
        <translation>La personne %1 est placée dans le créneau %2 dans l&apos;atelier %3, qui appartient à un autre créneau</translation>
    </message>
    <message>
        <source>Person %1 does not attend slot %2 but is placed in workshop %3</source>
        <translation>La personne %1 n&apos;assiste pas au créneau %2 mais est placée dans l&apos;atelier %3</translation>
    </message>
    <message>
        <source>Person %1 is in workshop %2, held in %3, which they do not speak</source>
        <translation>La personne %1 est dans l&apos;atelier %2, qui se tient en %3, langue qu&apos;elle ne parle pas</translation>
    </message>
    <message>
        <source>Person %1 is placed in slot %2, which does not exist</source>
        <translation>La personne %1 est placée dans le créneau %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Workshop %1 is empty; every workshop needs at least %2 members</source>
        <translation>L&apos;atelier %1 est vide ; chaque atelier doit compter au moins %2 membres</translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n member(s), fewer than the minimum of %2</source>
        <translation>
            <numerusform>L&apos;atelier %1 a %n membre, moins que le minimum de %2</numerusform>
            <numerusform>L&apos;atelier %1 a %n membres, moins que le minimum de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n member(s), more than its limit of %2</source>
        <translation>
            <numerusform>L&apos;atelier %1 a %n membre, plus que sa limite de %2</numerusform>
            <numerusform>L&apos;atelier %1 a %n membres, plus que sa limite de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2 but is in no workshop of that slot</source>
        <translation>La personne %1 est épinglée à l&apos;atelier %2 mais n&apos;est dans aucun atelier de ce créneau</translation>
    </message>
    <message>
        <source>Person %1 is pinned to workshop %2 but is in workshop %3</source>
        <translation>La personne %1 est épinglée à l&apos;atelier %2 mais se trouve dans l&apos;atelier %3</translation>
    </message>
    <message>
        <source>No plan holds every rule: %1</source>
        <translation>Aucune répartition ne respecte toutes les règles : %1</translation>
    </message>
</context>
<context>
    <name>ForumJson</name>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clé inconnue (clés possibles : %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; n&apos;est pas une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:MM</source>
        <translation>&quot;%1&quot; n&apos;est pas une heure au format HH:MM</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation>JSON non valide à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>the description must be a JSON object</source>
        <translation>la description doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be a language code such as &quot;fr&quot;</source>
        <translation>doit être un code de langue tel que &quot;fr&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;min&quot; and &quot;max&quot;</source>
        <translation>doit être un objet avec &quot;min&quot; et &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of conference, round_table, workshops, break</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;une des valeurs conference, round_table, workshops, break</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Preference %1</source>
        <translation>Préférence %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column assignment (expected Header=field)</source>
        <translation>&quot;%1&quot; n&apos;est pas une affectation de colonne (format attendu : Header=field)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field (expected one of: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ (champs possibles : %2)</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the file</source>
        <translation>la colonne &quot;%1&quot; n&apos;existe pas dans le fichier</translation>
    </message>
    <message>
        <source>%1: counted as a duplicate</source>
        <translation>%1 : compté comme doublon</translation>
    </message>
    <message>
        <source>%1: counted as a duplicate, 1 missing value completed</source>
        <translation>%1 : compté comme doublon, 1 valeur manquante complétée</translation>
    </message>
    <message>
        <source>%1: counted as a duplicate, %2 missing values completed</source>
        <translation>%1 : compté comme doublon, %2 valeurs manquantes complétées</translation>
    </message>
    <message>
        <source>neither a first nor a last name: the row is not imported</source>
        <translation>ni prénom ni nom : la ligne n&apos;est pas importée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; the e-mail is left empty</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse e-mail ; l&apos;e-mail est laissé vide</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; the country is left empty</source>
        <translation>pays &quot;%1&quot; inconnu ; le pays est laissé vide</translation>
    </message>
    <message>
        <source>unknown gender &quot;%1&quot;; the gender is left empty</source>
        <translation>genre &quot;%1&quot; inconnu ; le genre est laissé vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age or an age band; the age band is left empty</source>
        <translation>&quot;%1&quot; n&apos;est ni un âge ni une tranche d&apos;âge ; la tranche d&apos;âge est laissée vide</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the category is left empty</source>
        <translation>catégorie &quot;%1&quot; inconnue ; la catégorie est laissée vide</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; the person is counted as registered</source>
        <translation>statut &quot;%1&quot; inconnu ; la personne est comptée comme inscrite</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; it is left out</source>
        <translation>langue &quot;%1&quot; inconnue ; elle est ignorée</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; it is left out</source>
        <translation>rôle &quot;%1&quot; inconnu ; il est ignoré</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; this preference is left empty</source>
        <translation>thème &quot;%1&quot; inconnu ; cette préférence est laissée vide</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is already ranked; this preference is left empty</source>
        <translation>le thème &quot;%1&quot; est déjà classé ; cette préférence est laissée vide</translation>
    </message>
    <message>
        <source>more than %1 preferences: &quot;%2&quot; is left out</source>
        <translation>plus de %1 préférences : &quot;%2&quot; est ignoré</translation>
    </message>
    <message>
        <source>unknown time slot &quot;%1&quot;; the availability is left empty (every slot)</source>
        <translation>créneau &quot;%1&quot; inconnu ; la disponibilité est laissée vide (tous les créneaux)</translation>
    </message>
    <message>
        <source>%1; the value is left empty</source>
        <translation>%1 ; la valeur est laissée vide</translation>
    </message>
    <message>
        <source>already in the forum (%1)</source>
        <translation>déjà dans le forum (%1)</translation>
    </message>
    <message>
        <source>same name and organisation as row %1</source>
        <translation>mêmes nom et organisation que la ligne %1</translation>
    </message>
    <message>
        <source>same e-mail as row %1</source>
        <translation>même e-mail que la ligne %1</translation>
    </message>
    <message>
        <source>same e-mail as row %1 (%2)</source>
        <translation>même e-mail que la ligne %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Row %1 contained NUL bytes; they were removed.</source>
        <translation>La ligne %1 contenait des octets NUL ; ils ont été supprimés.</translation>
    </message>
    <message>
        <source>Row %1: a quote opened here is never closed; the rest of the file was read as one cell.</source>
        <translation>Ligne %1 : un guillemet ouvert ici n&apos;est jamais fermé ; le reste du fichier a été lu comme une seule cellule.</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once; both columns are kept.</source>
        <translation>La colonne “%1” apparaît plusieurs fois ; les deux colonnes sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has %n non-empty cell(s) beyond the last column; they were dropped.</source>
        <translation>
            <numerusform>La ligne %1 a %n cellule non vide au-delà de la dernière colonne ; elle a été ignorée.</numerusform>
            <numerusform>La ligne %1 a %n cellules non vides au-delà de la dernière colonne ; elles ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3; the missing cells are left empty.</source>
        <translation>La ligne %1 a %2 cellules au lieu de %3 ; les cellules manquantes sont laissées vides.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The table is too large; rows from %1 on were not read.</source>
        <translation>Le tableau est trop grand ; les lignes à partir de la ligne %1 n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Encodage “%1” inconnu : utilisez UTF-8, UTF-16LE, UTF-16BE ou Windows-1252.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas séparer des colonnes.</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they were replaced by “�”.</source>
        <translation>Certains octets ne sont pas valides en %1 ; ils ont été remplacés par “�”.</translation>
    </message>
    <message>
        <source>%1 is not an .ods workbook.</source>
        <translation>%1 n&apos;est pas un classeur .ods.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation>%1 est endommagé : sa partie %2 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>“%1” looks like a zip archive but cannot be opened; it may be damaged.</source>
        <translation>“%1” ressemble à une archive zip, mais ne peut pas être ouvert ; il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument file but not a spreadsheet (.ods).</source>
        <translation>“%1” est un fichier OpenDocument, mais pas une feuille de calcul (.ods).</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but neither an .xlsx nor an .ods workbook.</source>
        <translation>“%1” est une archive zip, mais ni un classeur .xlsx ni un classeur .ods.</translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which cannot be read here: save it as .xlsx without a password, or as CSV.</source>
        <translation>“%1” est un classeur Excel 97–2003 (.xls) ou un classeur protégé par un mot de passe, qui ne peut pas être lu ici : enregistrez-le au format .xlsx sans mot de passe, ou au format CSV.</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header row.</source>
        <translation>“%1” est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>“%1” is not a valid .%2 workbook: it is not a zip archive.</source>
        <translation>“%1” n&apos;est pas un classeur .%2 valide : ce n&apos;est pas une archive zip.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation>Impossible de lire “%1” : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: it is a folder.</source>
        <translation>Impossible de lire “%1” : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire “%1” : %2</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook.</source>
        <translation>%1 n&apos;est pas un classeur .xlsx.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) cannot be read.</source>
        <translation>%1 est endommagé : sa première feuille (%2) ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>saving the forum&apos;s settings</source>
        <translation>l&apos;enregistrement des paramètres du forum</translation>
    </message>
    <message>
        <source>adding participants</source>
        <translation>l&apos;ajout de participants</translation>
    </message>
    <message>
        <source>saving a participant</source>
        <translation>l&apos;enregistrement d&apos;un participant</translation>
    </message>
    <message>
        <source>deleting participants</source>
        <translation>la suppression de participants</translation>
    </message>
    <message numerus="yes">
        <source>The forum description has %n problem(s):</source>
        <translation>
            <numerusform>La description du forum présente %n problème :</numerusform>
            <numerusform>La description du forum présente %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum file could not be updated while %1.</source>
        <translation>Le fichier du forum n&apos;a pas pu être mis à jour pendant %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Impossible d&apos;ouvrir “%1”.</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>l&apos;établissement de la connexion</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Impossible de lire “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Cordée forum: it is not a database file.</source>
        <translation>“%1” n&apos;est pas un forum Cordée : ce n&apos;est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Cordée forum.</source>
        <translation>“%1” est une base de données, mais pas un forum Cordée.</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>la vérification du fichier</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>“%1” est endommagé et ne peut pas être ouvert. Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cordée (file format %2; this version reads up to %3). Update Cordée to open it.</source>
        <translation>“%1” a été écrit par une version plus récente de Cordée (format de fichier %2 ; cette version lit jusqu&apos;au format %3). Mettez Cordée à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is read-only; Cordée saves every change at once and needs to write it.</source>
        <translation>“%1” est en lecture seule ; Cordée enregistre chaque modification immédiatement et doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>“%1” is in an older format: open it once in Cordée to update it.</source>
        <translation>“%1” est dans un ancien format : ouvrez-le une fois dans Cordée pour le mettre à jour.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” existe déjà.</translation>
    </message>
    <message>
        <source>creating the file</source>
        <translation>la création du fichier</translation>
    </message>
    <message>
        <source>updating the file to format %1</source>
        <translation>la mise à jour du fichier au format %1</translation>
    </message>
    <message>
        <source>The forum could not be copied: no SQLite connection.</source>
        <translation>Impossible de copier le forum : aucune connexion SQLite.</translation>
    </message>
    <message>
        <source>A forum cannot be copied onto itself (“%1”).</source>
        <translation>Un forum ne peut pas être copié sur lui-même (“%1”).</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written.</source>
        <translation>Impossible d&apos;écrire la copie “%1”.</translation>
    </message>
    <message>
        <source>saving the file</source>
        <translation>l&apos;enregistrement du fichier</translation>
    </message>
    <message>
        <source>saving the workshops&apos; members</source>
        <translation>l&apos;enregistrement des membres des ateliers</translation>
    </message>
    <message>
        <source>An assignment names an unknown workshop or participant.</source>
        <translation>Une affectation désigne un atelier ou un participant inconnu.</translation>
    </message>
    <message>
        <source>writing the forum</source>
        <translation>l&apos;écriture du forum</translation>
    </message>
    <message>
        <source>reading the forum&apos;s settings</source>
        <translation>la lecture des paramètres du forum</translation>
    </message>
    <message>
        <source>reading the themes</source>
        <translation>la lecture des thèmes</translation>
    </message>
    <message>
        <source>reading the rooms</source>
        <translation>la lecture des salles</translation>
    </message>
    <message>
        <source>reading the programme</source>
        <translation>la lecture du programme</translation>
    </message>
    <message>
        <source>reading the workshops</source>
        <translation>la lecture des ateliers</translation>
    </message>
    <message>
        <source>reading the declaration</source>
        <translation>la lecture de la déclaration</translation>
    </message>
    <message>
        <source>reading the guests of honour</source>
        <translation>la lecture des invités d&apos;honneur</translation>
    </message>
    <message>
        <source>saving the declaration</source>
        <translation>l&apos;enregistrement de la déclaration</translation>
    </message>
    <message>
        <source>saving a theme</source>
        <translation>l&apos;enregistrement d&apos;un thème</translation>
    </message>
    <message>
        <source>saving a room</source>
        <translation>l&apos;enregistrement d&apos;une salle</translation>
    </message>
    <message>
        <source>saving a time slot</source>
        <translation>l&apos;enregistrement d&apos;un créneau</translation>
    </message>
    <message>
        <source>saving a workshop</source>
        <translation>l&apos;enregistrement d&apos;un atelier</translation>
    </message>
    <message>
        <source>counting workshops</source>
        <translation>le comptage des ateliers</translation>
    </message>
    <message>
        <source>counting proposals</source>
        <translation>le comptage des propositions</translation>
    </message>
    <message>
        <source>reading keys</source>
        <translation>la lecture des clés</translation>
    </message>
    <message>
        <source>looking up &quot;%1&quot;</source>
        <translation>la recherche de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in %2.</source>
        <translation>Aucun élément ne s&apos;appelle &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>Participant %1 is not in the forum.</source>
        <translation>Le participant %1 ne fait pas partie du forum.</translation>
    </message>
    <message>
        <source>reading the participants</source>
        <translation>la lecture des participants</translation>
    </message>
    <message>
        <source>saving a participant&apos;s preferences</source>
        <translation>l&apos;enregistrement des préférences d&apos;un participant</translation>
    </message>
    <message>
        <source>There is no theme &quot;%1&quot; in this forum.</source>
        <translation>Il n&apos;y a pas de thème &quot;%1&quot; dans ce forum.</translation>
    </message>
    <message>
        <source>There is no time slot &quot;%1&quot; in this forum.</source>
        <translation>Il n&apos;y a pas de créneau &quot;%1&quot; dans ce forum.</translation>
    </message>
    <message>
        <source>deleting a participant</source>
        <translation>la suppression d&apos;un participant</translation>
    </message>
    <message>
        <source>importing participants</source>
        <translation>l&apos;importation de participants</translation>
    </message>
    <message>
        <source>reading a person&apos;s data</source>
        <translation>la lecture des données d&apos;une personne</translation>
    </message>
    <message>
        <source>erasing a person&apos;s data</source>
        <translation>l&apos;effacement des données d&apos;une personne</translation>
    </message>
    <message>
        <source>No time slot is called &quot;%1&quot;.</source>
        <translation>Aucun créneau ne s&apos;appelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reading the workshops&apos; members</source>
        <translation>la lecture des membres des ateliers</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot;.</source>
        <translation>Aucun atelier ne s&apos;appelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; is not in the slots being replaced.</source>
        <translation>L&apos;atelier &quot;%1&quot; n&apos;est pas dans les créneaux remplacés.</translation>
    </message>
    <message>
        <source>removing workshops</source>
        <translation>la suppression d&apos;ateliers</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a key must be 1–64 letters, digits, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;)</source>
        <translation>une clé doit comporter de 1 à 64 lettres, chiffres, &apos;-&apos; ou &apos;_&apos; (reçu : &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>la clé &quot;%1&quot; est utilisée deux fois</translation>
    </message>
    <message>
        <source>a first or a last name is needed</source>
        <translation>un prénom ou un nom est nécessaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de langue ISO 639-1</translation>
    </message>
    <message>
        <source>at most 5 theme preferences</source>
        <translation>5 préférences thématiques au maximum</translation>
    </message>
    <message>
        <source>no theme &quot;%1&quot;</source>
        <translation>le thème &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is ranked twice</source>
        <translation>le thème &quot;%1&quot; est classé deux fois</translation>
    </message>
    <message>
        <source>no time slot &quot;%1&quot;</source>
        <translation>le créneau &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>at least one role is needed</source>
        <translation>au moins un rôle est nécessaire</translation>
    </message>
    <message>
        <source>the forum needs a title</source>
        <translation>le forum doit avoir un titre</translation>
    </message>
    <message>
        <source>the edition cannot be negative</source>
        <translation>le numéro d&apos;édition ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the forum ends before it starts</source>
        <translation>le forum se termine avant de commencer</translation>
    </message>
    <message>
        <source>the forum needs at least one language</source>
        <translation>le forum doit avoir au moins une langue</translation>
    </message>
    <message>
        <source>a workshop needs at least one person</source>
        <translation>un atelier doit compter au moins une personne</translation>
    </message>
    <message>
        <source>the largest workshop size is below the smallest</source>
        <translation>la taille maximale des ateliers est inférieure à la taille minimale</translation>
    </message>
    <message>
        <source>a theme needs a title</source>
        <translation>un thème doit avoir un titre</translation>
    </message>
    <message>
        <source>a room holds at least one person (got %1)</source>
        <translation>une salle accueille au moins une personne (reçu : %1)</translation>
    </message>
    <message>
        <source>a date is needed (YYYY-MM-DD)</source>
        <translation>une date est nécessaire (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the slot falls outside the forum&apos;s dates</source>
        <translation>le créneau est en dehors des dates du forum</translation>
    </message>
    <message>
        <source>start and end times are needed (HH:MM)</source>
        <translation>les heures de début et de fin sont nécessaires (HH:MM)</translation>
    </message>
    <message>
        <source>the slot ends before it starts</source>
        <translation>le créneau se termine avant de commencer</translation>
    </message>
    <message>
        <source>no room &quot;%1&quot;</source>
        <translation>la salle &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>no slot &quot;%1&quot;</source>
        <translation>le créneau &quot;%1&quot; n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other gender</source>
        <translation>Autre genre</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>Âge non précisé</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Moins de 25 ans</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34 ans</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49 ans</translation>
    </message>
    <message>
        <source>50–64</source>
        <translation>50–64 ans</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ans et plus</translation>
    </message>
    <message>
        <source>Category not stated</source>
        <translation>Catégorie non précisée</translation>
    </message>
    <message>
        <source>SSE entrepreneur</source>
        <translation>Entrepreneur de l&apos;ESS</translation>
    </message>
    <message>
        <source>Union official</source>
        <translation>Responsable syndical</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Acteur de terrain</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Pouvoirs publics</translation>
    </message>
    <message>
        <source>Other category</source>
        <translation>Autre catégorie</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Guest of honour</source>
        <translation>Invité d&apos;honneur</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
</context>
<context>
    <name>cordee::FacetBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>Continent</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>cordee::ForumPage</name>
    <message>
        <source>The forum&apos;s journey</source>
        <translation>Les étapes du forum</translation>
    </message>
    <message>
        <source>1. Set up the forum</source>
        <translation>1. Configurer le forum</translation>
    </message>
    <message>
        <source>Forum Settings…</source>
        <translation>Paramètres du forum…</translation>
    </message>
    <message>
        <source>2. Register participants</source>
        <translation>2. Inscrire les participants</translation>
    </message>
    <message>
        <source>Open Participants</source>
        <translation>Afficher les participants</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Aucun forum ouvert</translation>
    </message>
    <message>
        <source>Create a forum with File ▸ New Forum, open one, or explore the demo forum (File ▸ Open Demo Forum).</source>
        <translation>Créez un forum avec Fichier ▸ Nouveau forum, ouvrez-en un, ou explorez le forum de démonstration (Fichier ▸ Ouvrir le forum de démonstration).</translation>
    </message>
    <message>
        <source>%1 — edition %2</source>
        <translation>%1 — édition %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>organisé par %1</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>continents</source>
        <translation>continents</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>salles</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Title, dates and place are set.</source>
        <translation>Le titre, les dates et le lieu sont définis.</translation>
    </message>
    <message>
        <source>Give the forum its dates and place.</source>
        <translation>Indiquez les dates et le lieu du forum.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) registered.</source>
        <translation>
            <numerusform>%n participant inscrit.</numerusform>
            <numerusform>%n participants inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people who come to the forum.</source>
        <translation>Ajoutez les personnes qui viennent au forum.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
</context>
<context>
    <name>cordee::ForumSettingsDialog</name>
    <message>
        <source>Forum Settings</source>
        <translation>Paramètres du forum</translation>
    </message>
    <message>
        <source>e.g. International Forum of Social Economy Entrepreneurs</source>
        <translation>p. ex. Forum international des entrepreneurs de l&apos;économie sociale</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The question this edition works on</source>
        <translation>La question sur laquelle porte cette édition</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, the forum&apos;s main language first (e.g. fr, en, es)</source>
        <translation>Codes ISO 639-1, la langue principale du forum en premier (p. ex. fr, en, es)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>Éd&amp;ition :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>O&amp;rganizer:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Workshop size:</source>
        <translation>Taille des &amp;ateliers :</translation>
    </message>
</context>
<context>
    <name>cordee::ImportColumnsPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Say which participant field each column feeds. Cordée has guessed from the column names; a column set to “Do not import” is left out.</source>
        <translation>Indiquez quel champ de participant chaque colonne alimente. Cordée a fait une proposition d&apos;après les noms des colonnes ; une colonne réglée sur “Ne pas importer” est ignorée.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(la colonne %1 n&apos;a pas de nom)</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <translation>Champ de la colonne “%1”</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Every participant needs a name: choose “%1” or “%2” for at least one column.</source>
        <translation>Chaque participant doit avoir un nom : choisissez “%1” ou “%2” pour au moins une colonne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n column(s) will be imported.</source>
        <translation>
            <numerusform>Colonne à importer : %1 sur %n.</numerusform>
            <numerusform>Colonnes à importer : %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::ImportFilePage</name>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (avec indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>séparé par “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the first sheet of an Excel workbook: %1</source>
        <translation>Classeur Excel, première feuille lue : %1</translation>
    </message>
    <message>
        <source>Read the first sheet of an OpenDocument workbook: %1</source>
        <translation>Classeur OpenDocument, première feuille lue : %1</translation>
    </message>
    <message>
        <source>Read as %1, %2: %3</source>
        <translation>Fichier lu en %1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file, listed at the review step</source>
        <translation>
            <numerusform>%n problème dans le fichier, listé à l&apos;étape de vérification</numerusform>
            <numerusform>%n problèmes dans le fichier, listés à l&apos;étape de vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Spreadsheet</source>
        <translation>Choisir la feuille de calcul</translation>
    </message>
    <message>
        <source>A CSV or text file saved from a spreadsheet or a registration form, or an Excel (.xlsx) or OpenDocument (.ods) workbook. Its first row must name the columns.</source>
        <translation>Un fichier CSV ou texte enregistré depuis un tableur ou un formulaire d&apos;inscription, ou un classeur Excel (.xlsx) ou OpenDocument (.ods). Sa première ligne doit donner le nom des colonnes.</translation>
    </message>
    <message>
        <source>No file chosen yet: Browse… to choose one.</source>
        <translation>Aucun fichier choisi pour l&apos;instant : cliquez sur Parcourir… pour en choisir un.</translation>
    </message>
    <message>
        <source>First rows of the file, as read</source>
        <translation>Premières lignes du fichier, telles que lues</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Choisir la feuille de calcul à importer</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Choose another encoding if accented letters look wrong in the preview</source>
        <translation>Choisissez un autre encodage si les lettres accentuées s&apos;affichent mal dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Choose another delimiter if the preview shows whole lines in one column</source>
        <translation>Choisissez un autre séparateur si l&apos;aperçu affiche des lignes entières dans une seule colonne</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépara&amp;teur :</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>&amp;Cancel Reading</source>
        <translation>&amp;Annuler la lecture</translation>
    </message>
    <message>
        <source>Reading cancelled. Choose a file, or Browse… to read it again.</source>
        <translation>Lecture annulée. Choisissez un fichier, ou cliquez sur Parcourir… pour le relire.</translation>
    </message>
    <message>
        <source>Choose a Spreadsheet</source>
        <translation>Choisir une feuille de calcul</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods)</source>
        <translation>Feuilles de calcul (*.csv *.tsv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de “%1”…</translation>
    </message>
    <message>
        <source>Choose another file, or open this one in your spreadsheet program and save it as CSV or .xlsx.</source>
        <translation>Choisissez un autre fichier, ou ouvrez celui-ci dans votre tableur et enregistrez-le au format CSV ou .xlsx.</translation>
    </message>
</context>
<context>
    <name>cordee::ImportReviewPage</name>
    <message>
        <source>Review the Import</source>
        <translation>Vérifier l&apos;importation</translation>
    </message>
    <message>
        <source>What Import will do, and what it found in the file.</source>
        <translation>Ce que l&apos;importation va faire, et ce qu&apos;elle a trouvé dans le fichier.</translation>
    </message>
    <message>
        <source>Nothing would change: every row is either someone already in the forum with nothing new to add, or refused. Go Back to match other columns, or Cancel.</source>
        <translation>Rien ne changerait : chaque ligne correspond soit à une personne déjà présente dans le forum, sans rien de nouveau à ajouter, soit à une ligne refusée. Cliquez sur Précédent pour associer d&apos;autres colonnes, ou sur Annuler.</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>No problems found: every value can be imported as it is.</source>
        <translation>Aucun problème trouvé : toutes les valeurs peuvent être importées telles quelles.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everyone in one step, and Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Rien n&apos;a encore été écrit. Importer ajoute tout le monde en une seule étape, et Édition ▸ Annuler (Ctrl+Z) annule toute l&apos;importation.</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n nouveau participant</numerusform>
            <numerusform>%n nouveaux participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing participant(s) completed</source>
        <translation>
            <numerusform>%n participant existant complété</numerusform>
            <numerusform>%n participants existants complétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused — %1</source>
        <translation>Refusée — %1</translation>
    </message>
    <message>
        <source>This row will not be imported.</source>
        <translation>Cette ligne ne sera pas importée.</translation>
    </message>
    <message>
        <source>This value will be left empty; the rest of the row is imported.</source>
        <translation>Cette valeur sera laissée vide ; le reste de la ligne est importé.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>cordee::ImportWizard</name>
    <message>
        <source>Import Participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>cordee::MainWindow</name>
    <message>
        <source>Cordée forums (*.cordee)</source>
        <translation>Forums Cordée (*.cordee)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Page Actions</source>
        <translation>Actions de la page</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Close Forum</source>
        <translation>&amp;Fermer le forum</translation>
    </message>
    <message>
        <source>Forum &amp;Settings…</source>
        <translation>&amp;Paramètres du forum…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Forum…</source>
        <translation>&amp;Nouveau forum…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un forum &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Forum</source>
        <translation>Ouvrir le forum de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;orum</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Cordée</source>
        <translation>À &amp;propos de Cordée</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>⚠ The last change could not be saved</source>
        <translation>⚠ La dernière modification n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Cordée</source>
        <translation>Cordée</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Aucun forum ouvert</translation>
    </message>
    <message>
        <source>demo copy</source>
        <translation>copie de démonstration</translation>
    </message>
    <message>
        <source>Cordée — %1 (%2)</source>
        <translation>Cordée — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation>
            <numerusform>%n continent</numerusform>
            <numerusform>%n continents</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>Impossible d&apos;ouvrir le forum</translation>
    </message>
    <message>
        <source>Cannot open the demo forum</source>
        <translation>Impossible d&apos;ouvrir le forum de démonstration</translation>
    </message>
    <message>
        <source>This is a temporary copy of the demo forum: use File ▸ Save a Copy As… to keep it.</source>
        <translation>Ceci est une copie temporaire du forum de démonstration : utilisez Fichier ▸ Enregistrer une copie sous… pour la conserver.</translation>
    </message>
    <message>
        <source>New Forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>Create the Forum File</source>
        <translation>Créer le fichier du forum</translation>
    </message>
    <message>
        <source>Cannot create the forum</source>
        <translation>Impossible de créer le forum</translation>
    </message>
    <message>
        <source>Open a Forum</source>
        <translation>Ouvrir un forum</translation>
    </message>
    <message>
        <source>Save a Copy of the Forum</source>
        <translation>Enregistrer une copie du forum</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>A forum cannot be copied onto itself.</source>
        <translation>Un forum ne peut pas être copié sur lui-même.</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>About Cordée</source>
        <translation>À propos de Cordée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cordée %1&lt;/h3&gt;&lt;p&gt;From the participants of an international forum to its final declaration.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Country names: Debian&apos;s iso-codes (LGPL-2.1-or-later). Icons: KDE Breeze (LGPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cordée %1&lt;/h3&gt;&lt;p&gt;Des participants d&apos;un forum international à sa déclaration finale.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Noms de pays : iso-codes de Debian (LGPL-2.1-or-later). Icônes : KDE Breeze (LGPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantDetails</name>
    <message>
        <source>Select a participant to see their details here.</source>
        <translation>Sélectionnez un participant pour afficher ses informations ici.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Theme preferences</source>
        <translation>Préférences thématiques</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>fr, en, es</source>
        <translation>fr, en, es</translation>
    </message>
    <message>
        <source>Two-letter ISO 639-1 codes, the most fluent first</source>
        <translation>Codes ISO 639-1 à deux lettres, la langue la mieux maîtrisée en premier</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Gen&amp;re :</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>Â&amp;ge :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>At the forum</source>
        <translation>Au forum</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choice %1:</source>
        <translation>Choix %1 :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Attends workshops:</source>
        <translation>Participe aux ateliers :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantTableModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>Continent</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(données effacées)</translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantsPage</name>
    <message>
        <source>Search names, organisations, countries… (Ctrl+F)</source>
        <translation>Rechercher des noms, organisations, pays… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>Ajouter un &amp;participant…</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+A)</source>
        <translation>Ajouter un participant (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>&amp;Edit Participant…</source>
        <translation>&amp;Modifier le participant…</translation>
    </message>
    <message>
        <source>Edit the selected participant (F2)</source>
        <translation>Modifier le participant sélectionné (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete Participants</source>
        <translation>&amp;Supprimer les participants</translation>
    </message>
    <message>
        <source>Delete the selected participants (Del) — Undo brings them back</source>
        <translation>Supprimer les participants sélectionnés (Suppr) — Annuler les rétablit</translation>
    </message>
    <message>
        <source>&amp;Find Participants</source>
        <translation>Rec&amp;hercher des participants</translation>
    </message>
    <message>
        <source>Search by name, organisation or country (Ctrl+F)</source>
        <translation>Rechercher par nom, organisation ou pays (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No participants yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun participant pour le moment&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This page lists everyone registered for the forum: find anyone in a keystroke, filter by country, continent, category, gender or role.</source>
        <translation>Cette page recense toutes les personnes inscrites au forum : trouvez n&apos;importe qui en une frappe, filtrez par pays, continent, catégorie, genre ou rôle.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n participant(s)</source>
        <translation>
            <numerusform>Affichage : %1 sur %n participant</numerusform>
            <numerusform>Affichage : %1 sur %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s) — Ctrl+Z brings them back</source>
        <translation>
            <numerusform>%n participant supprimé — Ctrl+Z le rétablit</numerusform>
            <numerusform>%n participants supprimés — Ctrl+Z les rétablit</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>toolbar</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet (Ctrl+I) — Undo takes the import back</source>
        <translation>Importer des participants depuis une feuille de calcul (Ctrl+I) — Annuler revient sur l&apos;importation</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save every participant in a CSV file for spreadsheets (Ctrl+E)</source>
        <translation>Enregistrer tous les participants dans un fichier CSV pour tableur (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>Exporter les &amp;données personnelles…</translation>
    </message>
    <message>
        <source>Save everything the forum holds about the selected person, to give them a copy</source>
        <translation>Enregistrer tout ce que le forum contient sur la personne sélectionnée, pour lui en remettre une copie</translation>
    </message>
    <message>
        <source>Era&amp;se Personal Data…</source>
        <translation>&amp;Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase the selected person&apos;s identity for good; the forum&apos;s figures stay</source>
        <translation>Effacer définitivement l&apos;identité de la personne sélectionnée ; les chiffres du forum sont conservés</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importer une feuille de calcul…</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n participant(s); Ctrl+Z undoes the import</source>
        <translation>
            <numerusform>%n participant complété ; Ctrl+Z annule l&apos;importation</numerusform>
            <numerusform>%n participants complétés ; Ctrl+Z annule l&apos;importation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s), completed %1; Ctrl+Z undoes the import</source>
        <translation>
            <numerusform>%n participant importé ; complétés : %1 ; Ctrl+Z annule l&apos;importation</numerusform>
            <numerusform>%n participants importés ; complétés : %1 ; Ctrl+Z annule l&apos;importation</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participants.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participant exporté vers %1</numerusform>
            <numerusform>%n participants exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data saved in %1</source>
        <translation>Données personnelles enregistrées dans %1</translation>
    </message>
    <message>
        <source>Personal data erased; the forum&apos;s figures are unchanged</source>
        <translation>Données personnelles effacées ; les chiffres du forum restent inchangés</translation>
    </message>
</context>
<context>
    <name>cordee::PersonalDataDialogs</name>
    <message>
        <source>personal data.json</source>
        <translation>données personnelles.json</translation>
    </message>
    <message>
        <source>%1 - personal data.json</source>
        <translation>%1 - données personnelles.json</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export the Personal Data</source>
        <translation>Impossible d&apos;exporter les données personnelles</translation>
    </message>
    <message>
        <source>The personal data could not be read from the forum file: %1</source>
        <translation>Les données personnelles n&apos;ont pas pu être lues dans le fichier du forum : %1</translation>
    </message>
    <message>
        <source>Nothing was written. Try again; if it fails again, save a copy of the forum (File ▸ Save a Copy As…) and report the problem.</source>
        <translation>Rien n&apos;a été écrit. Réessayez ; en cas de nouvel échec, enregistrez une copie du forum (Fichier ▸ Enregistrer une copie sous…) et signalez le problème.</translation>
    </message>
    <message>
        <source>Cannot Save the File</source>
        <translation>Impossible d&apos;enregistrer le fichier</translation>
    </message>
    <message>
        <source>“%1” could not be written in %2: %3.</source>
        <translation>Impossible d&apos;écrire “%1” dans %2 : %3.</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full and that you may write there.</source>
        <translation>Choisissez un autre dossier, ou vérifiez que le disque n&apos;est pas plein et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good?</source>
        <translation>Effacer définitivement les données personnelles de %1 ?</translation>
    </message>
    <message>
        <source>Their first and last name, e-mail address, organisation, languages and notes are deleted from the forum file. Their country, category, gender, age band and status stay, so the forum&apos;s figures and charts do not change.

This cannot be undone, and the undo history is cleared: earlier changes cannot be undone either. To give them a copy of their data first, use Export Personal Data…</source>
        <translation>Ses prénom et nom, son adresse e-mail, son organisation, ses langues et ses notes sont supprimés du fichier du forum. Son pays, sa catégorie, son genre, sa tranche d&apos;âge et son statut sont conservés : les chiffres et les graphiques du forum ne changent donc pas.

Cette opération est irréversible et l&apos;historique des annulations est vidé : les modifications antérieures ne pourront pas non plus être annulées. Pour remettre d&apos;abord à la personne une copie de ses données, utilisez Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>cordee::RecentFiles</name>
    <message>
        <source>No recent forums</source>
        <translation>Aucun forum récent</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cordée: from the participants of a forum to its final declaration.</source>
        <translation>Cordée : des participants d&apos;un forum à sa déclaration finale.</translation>
    </message>
    <message>
        <source>Open a fresh temporary copy of the demo forum.</source>
        <translation>Ouvrir une nouvelle copie temporaire du forum de démonstration.</translation>
    </message>
    <message>
        <source>The forum file to open.</source>
        <translation>Le fichier de forum à ouvrir.</translation>
    </message>
</context>
</TS>
