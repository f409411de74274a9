<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BadgeText</name>
    <message>
        <source>There is nobody to print a badge for.</source>
        <translation>Il n&apos;y a personne pour qui imprimer un badge.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Autre ou non précisé</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Continents</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Aucun participant pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 of participants come from %2.</source>
        <translation>%1 des participants viennent de %2.</translation>
    </message>
    <message>
        <source>%1 of participants come from %2, the most represented country.</source>
        <translation>%1 des participants viennent de %2, le pays le plus représenté.</translation>
    </message>
    <message>
        <source>%1 of participants: %2.</source>
        <translation>%1 des participants : %2.</translation>
    </message>
    <message>
        <source>No workshops in this slot yet.</source>
        <translation>Aucun atelier dans ce créneau pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Every workshop is within its size band (%1 workshops).</source>
        <translation>Chaque atelier respecte sa fourchette de taille (%1 ateliers).</translation>
    </message>
    <message>
        <source>Workshops outside their size band: %1 of %2.</source>
        <translation>Ateliers hors de leur fourchette de taille : %1 sur %2.</translation>
    </message>
    <message>
        <source>Women make up %1 of the slot&apos;s workshops.</source>
        <translation>Les femmes représentent %1 des membres des ateliers du créneau.</translation>
    </message>
    <message>
        <source>Every workshop gathers people from at least %1 countries.</source>
        <translation>Chaque atelier réunit des personnes d&apos;au moins %1 pays.</translation>
    </message>
    <message>
        <source>%1 of the members got their first choice.</source>
        <translation>%1 des membres ont obtenu leur premier choix.</translation>
    </message>
</context>
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
        <source>The text file&apos;s encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>L&apos;encodage du fichier texte : UTF-8, UTF-16LE, UTF-16BE ou Windows-1252.</translation>
    </message>
    <message>
        <source>The text file&apos;s delimiter: , ; or tab (\t).</source>
        <translation>Le séparateur du fichier texte : , ; ou tab (\t).</translation>
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
    <message numerus="yes">
        <source>Re-form after %1 hand moves: %2 people × %3 slots, %n run(s) (%4 of %5 placements changed, F %6, %7 broken rules)</source>
        <translation>
            <numerusform>Nouvelle formation après %1 déplacements manuels : %2 personnes × %3 créneaux, %n exécution (%4 placements modifiés sur %5, F %6, %7 règles enfreintes)</numerusform>
            <numerusform>Nouvelle formation après %1 déplacements manuels : %2 personnes × %3 créneaux, %n exécutions (%4 placements modifiés sur %5, F %6, %7 règles enfreintes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export participants, placements or proposals as CSV, or one person&apos;s data as JSON.</source>
        <translation>Exporter les participants, les placements ou les propositions au format CSV, ou les données d&apos;une personne au format JSON.</translation>
    </message>
    <message>
        <source>participants: writes every participant of the forum FILE as CSV for spreadsheets (UTF-8 with a byte-order mark; columns first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status; cells that a spreadsheet would run as a formula start with an apostrophe). assignments: writes one line per placement of a participant in a workshop, with the same encoding, columns email, slot, workshop, theme, room (keys), sorted by slot (in programme order), then workshop, then e-mail. proposals: writes every proposal with the same encoding, in the columns `import proposals` reads: key, workshop, text, status, order, parent, theme, tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;), support, and their history: merged_into (the proposal it was merged into) and sources (what it was made from: &quot;merge:P-0003;merge:P-0007&quot; or &quot;split:P-0002&quot;); workshop by workshop, the plenary first, each proposal followed by its sub-points. person: writes everything the forum holds about the participant with that e-mail as JSON (their right of access). &quot;-o -&quot; writes to standard output.</source>
        <translation>participants : écrit tous les participants du forum FILE au format CSV pour tableur (UTF-8 avec indicateur d&apos;ordre des octets ; colonnes first_name, last_name, email, organization, country, gender, category, languages, preference_1…preference_5, roles, status ; les cellules qu&apos;un tableur exécuterait comme une formule commencent par une apostrophe). assignments : écrit une ligne par placement d&apos;un participant dans un atelier, avec le même encodage, colonnes email, slot, workshop, theme, room (clés) ; les lignes sont triées par créneau (dans l&apos;ordre du programme), puis par atelier, puis par e-mail. proposals : écrit toutes les propositions avec le même encodage, dans les colonnes que lit `import proposals` : key, workshop, text, status, order, parent, theme, tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;), support, ainsi que leur historique : merged_into (la proposition dans laquelle elle a été fusionnée) et sources (ce dont elle est issue : &quot;merge:P-0003;merge:P-0007&quot; ou &quot;split:P-0002&quot;) ; atelier par atelier, la plénière en premier, chaque proposition suivie de ses sous-points. person : écrit au format JSON tout ce que le forum contient sur le participant ayant cette adresse e-mail (son droit d&apos;accès). &quot;-o -&quot; écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>what to export is missing: participants, assignments, proposals or person</source>
        <translation>il manque ce qu&apos;il faut exporter : participants, assignments, proposals ou person</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: participants, assignments, proposals or person</source>
        <translation>impossible d&apos;exporter &quot;%1&quot; : participants, assignments, proposals ou person</translation>
    </message>
    <message>
        <source>Import participants or proposals from a spreadsheet.</source>
        <translation>Importer des participants ou des propositions depuis une feuille de calcul.</translation>
    </message>
    <message>
        <source>participants: imports the people of the spreadsheet SOURCE (CSV, TSV, text, .xlsx or .ods; &quot;-&quot; reads standard input) into the forum FILE, in one transaction. Columns are recognised from their headers in English, French or Spanish. A row without any name is refused; a bad value leaves its field empty with a warning; someone already in the forum or twice in the file is not created twice, and the existing record is completed. Problems are listed by spreadsheet row (the header is row 1). Exit codes: 0 no problem, 3 rows refused or warned about (the rest was imported), 2 nothing could be read. proposals: imports the proposals of SOURCE into FILE, all in one transaction. Columns, by header: key (required; a key already in the forum updates that proposal, an empty key makes a new one), workshop (a workshop key; empty for the plenary), text, status (draft, submitted, retained, rejected or merged; empty: draft), order (from 1: the place among the retained proposals for a retained one, among the sub-points of its parent for a sub-point, among its workshop&apos;s proposals otherwise), parent (the key of the proposal a sub-point belongs to), and optionally theme (key or title), tags (&quot;sdg:8;sdg:12;actor:UNDP&quot;: SDGs 1 to 17 and actors, separated by semicolons), support (how many supported it), merged_into and sources (&quot;merge:P-0003;split:P-0002&quot;), as `export proposals` writes them. A column left out keeps the existing proposals&apos; values; an empty cell clears its value. Any refused row (unknown workshop, theme or parent, bad status, order, support or tag, empty text, key given twice, sub-points in a cycle) stops the whole import: nothing is written. An unknown column is a warning. Exit codes: 0 imported without problem, 3 problems listed (with any refused row nothing was written; with warnings only, the rest was imported), 2 the source or the forum cannot be used (no key column, say), 1 wrong usage.</source>
        <translation>participants : importe les personnes de la feuille de calcul SOURCE (CSV, TSV, texte, .xlsx ou .ods ; &quot;-&quot; lit l&apos;entrée standard) dans le forum FILE, en une seule transaction. Les colonnes sont reconnues d&apos;après leurs en-têtes en anglais, en français ou en espagnol. Une ligne sans aucun nom est refusée ; une valeur incorrecte laisse son champ vide, avec un avertissement ; une personne déjà présente dans le forum ou deux fois dans le fichier n&apos;est pas créée deux fois, et la fiche existante est complétée. Les problèmes sont listés par ligne de la feuille de calcul (l&apos;en-tête est la ligne 1). Codes de sortie : 0 aucun problème, 3 lignes refusées ou signalées par un avertissement (le reste a été importé), 2 rien n&apos;a pu être lu. proposals : importe les propositions de SOURCE dans FILE, toutes en une seule transaction. Colonnes, par en-tête : key (obligatoire ; une clé déjà présente dans le forum met à jour cette proposition, une clé vide en crée une nouvelle), workshop (une clé d&apos;atelier ; vide pour la plénière), text, status (draft, submitted, retained, rejected ou merged ; vide : draft), order (à partir de 1 : le rang parmi les propositions retenues pour une proposition retenue, parmi les sous-points de sa proposition parente pour un sous-point, parmi les propositions de son atelier sinon), parent (la clé de la proposition à laquelle appartient un sous-point) et, facultativement, theme (clé ou titre), tags (&quot;sdg:8;sdg:12;actor:UNDP&quot; : ODD de 1 à 17 et acteurs, séparés par des points-virgules), support (nombre de personnes qui l&apos;ont soutenue), merged_into et sources (&quot;merge:P-0003;split:P-0002&quot;), tels que les écrit `export proposals`. Une colonne absente conserve les valeurs des propositions existantes ; une cellule vide efface sa valeur. Toute ligne refusée (atelier, thème ou parent inconnu, statut, rang, soutien ou étiquette incorrect, texte vide, clé donnée deux fois, sous-points formant un cycle) arrête toute l&apos;importation : rien n&apos;est écrit. Une colonne inconnue donne lieu à un avertissement. Codes de sortie : 0 importation sans problème, 3 problèmes listés (avec une ligne refusée, rien n&apos;a été écrit ; avec des avertissements seulement, le reste a été importé), 2 la source ou le forum est inutilisable (pas de colonne key, par exemple), 1 utilisation incorrecte.</translation>
    </message>
    <message>
        <source>Import nothing if any problem is found (participants only).</source>
        <translation>Ne rien importer si un problème est détecté (participants uniquement).</translation>
    </message>
    <message>
        <source>Feed the column Header into field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Repeatable. Participants only.</source>
        <translation>Affecter la colonne Header au champ field (first_name, last_name, email, organization, country, gender, age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, ignore). Option répétable. Participants uniquement.</translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; list.csv
  cordee-cli import proposals forum.cordee proposals.csv --json</source>
        <translation>Exemples :
  cordee-cli import participants forum.cordee inscriptions.csv
  cordee-cli import participants forum.cordee export.xlsx --dry-run --json
  cordee-cli import participants forum.cordee - --map &quot;Mail=email&quot; &lt; list.csv
  cordee-cli import proposals forum.cordee proposals.csv --json</translation>
    </message>
    <message>
        <source>what to import is missing: participants or proposals</source>
        <translation>il manque ce qu&apos;il faut importer : participants ou proposals</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: participants or proposals</source>
        <translation>impossible d&apos;importer &quot;%1&quot; : participants ou proposals</translation>
    </message>
    <message>
        <source>--%1 is for participants only</source>
        <translation>--%1 ne s&apos;applique qu&apos;à participants</translation>
    </message>
    <message>
        <source>Imported %1 new proposals, updated %2; %3 unchanged.</source>
        <translation>Nouvelles propositions importées : %1 ; mises à jour : %2 ; inchangées : %3.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 refused. Correct them and import the file again.</source>
        <translation>Rien n&apos;a été importé ; lignes refusées : %1. Corrigez-les et importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Nothing written. Would import %1 new proposals, update %2; %3 unchanged.</source>
        <translation>Rien n&apos;a été écrit. Nouvelles propositions à importer : %1 ; à mettre à jour : %2 ; inchangées : %3.</translation>
    </message>
    <message>
        <source>importing proposals</source>
        <translation>l&apos;importation de propositions</translation>
    </message>
    <message>
        <source>Build the declaration of 300 retained proposals and write it as HTML and PDF.</source>
        <translation>Construire la déclaration de 300 propositions retenues et l&apos;écrire en HTML et en PDF.</translation>
    </message>
    <message>
        <source>Build the declaration of %1 retained proposals</source>
        <translation>Construire la déclaration de %1 propositions retenues</translation>
    </message>
    <message>
        <source>… and write it as HTML</source>
        <translation>… et l&apos;écrire en HTML</translation>
    </message>
    <message>
        <source>%1 retained proposals to PDF (layout, fonts, pages)</source>
        <translation>%1 propositions retenues en PDF (mise en page, polices, pages)</translation>
    </message>
    <message>
        <source>Print attendance sheets, personal programmes, badges or door signs as PDF.</source>
        <translation>Imprimer en PDF des feuilles d&apos;émargement, des programmes personnels, des badges ou des affiches de porte.</translation>
    </message>
    <message>
        <source>attendance: one sign-in sheet per workshop (slot, room, theme, facilitator, rapporteur, members sorted by name with their country, a signature column and spare lines). programmes: one page per present participant, in their language when it is English, French or Spanish. badges: A4 sheets of eight badges with crop marks. doors: one landscape page per room and slot. --slot narrows attendance sheets and door signs to one slot.</source>
        <translation>attendance : une feuille d&apos;émargement par atelier (créneau, salle, thème, animateur, rapporteur, membres triés par nom avec leur pays, une colonne de signature et des lignes libres). programmes : une page par participant présent, dans sa langue si c&apos;est l&apos;anglais, le français ou l&apos;espagnol. badges : des feuilles A4 de huit badges avec traits de coupe. doors : une page à l&apos;italienne par salle et par créneau. --slot limite les feuilles d&apos;émargement et les affiches de porte à un seul créneau.</translation>
    </message>
    <message>
        <source>What to print.</source>
        <translation>Ce qu&apos;il faut imprimer.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The key of one time slot.</source>
        <translation>La clé d&apos;un créneau.</translation>
    </message>
    <message>
        <source>what to print is missing: attendance, programmes, badges or doors</source>
        <translation>il manque ce qu&apos;il faut imprimer : attendance, programmes, badges ou doors</translation>
    </message>
    <message>
        <source>cannot print &quot;%1&quot;: attendance, programmes, badges or doors</source>
        <translation>impossible d&apos;imprimer &quot;%1&quot; : attendance, programmes, badges ou doors</translation>
    </message>
    <message>
        <source>say which PDF file to write with -o OUT.pdf</source>
        <translation>indiquez le fichier PDF à écrire avec -o OUT.pdf</translation>
    </message>
    <message>
        <source>the forum has no time slot &quot;%1&quot;</source>
        <translation>le forum n&apos;a pas de créneau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write the forum&apos;s final declaration as PDF, OpenDocument, HTML or Markdown.</source>
        <translation>Écrire la déclaration finale du forum en PDF, OpenDocument, HTML ou Markdown.</translation>
    </message>
    <message>
        <source>Writes the final declaration of the forum FILE: place and date, title, the edition&apos;s question, an introduction whose figures (participants, countries, continents; cancelled people not counted) come from the file, the patronage, the guests of honour, who took part, the retained proposals in the committee&apos;s order with their sub-points, the closing text and the conclusion. The format follows OUT&apos;s extension: .pdf, .odt, .html or .md. The free texts are the committee&apos;s, in the chosen language where it wrote them. Each export is recorded in FILE with its time, format, language and proposals.</source>
        <translation>Écrit la déclaration finale du forum FILE : lieu et date, titre, question de l&apos;édition, une introduction dont les chiffres (participants, pays, continents ; personnes annulées non comptées) proviennent du fichier, le patronage, les invités d&apos;honneur, les participants, les propositions retenues dans l&apos;ordre du comité avec leurs sous-points, le texte de clôture et la conclusion. Le format suit l&apos;extension de OUT : .pdf, .odt, .html ou .md. Les textes libres sont ceux du comité, dans la langue choisie lorsqu&apos;il les a rédigés dans cette langue. Chaque exportation est enregistrée dans FILE avec son heure, son format, sa langue et ses propositions.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .html or .md.</source>
        <translation>Le fichier à écrire : .pdf, .odt, .html ou .md.</translation>
    </message>
    <message>
        <source>The declaration&apos;s language: en, fr or es (default: the forum&apos;s first language).</source>
        <translation>La langue de la déclaration : en, fr ou es (par défaut : la première langue du forum).</translation>
    </message>
    <message>
        <source>The paper: a4 (the default) or letter.</source>
        <translation>Le papier : a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>Group the proposals under their themes.</source>
        <translation>Regrouper les propositions sous leurs thèmes.</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>l&apos;enregistrement de l&apos;exportation</translation>
    </message>
    <message>
        <source>give one forum FILE</source>
        <translation>indiquez un seul fichier de forum FILE</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot; from its extension: use .pdf, .odt, .html or .md</source>
        <translation>impossible de déduire le format de &quot;%1&quot; de son extension : utilisez .pdf, .odt, .html ou .md</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper vaut a4 ou letter, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang is en, fr or es, not &quot;%1&quot;</source>
        <translation>--lang vaut en, fr ou es, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: Cordée writes declarations in English, French and Spanish, not in the forum&apos;s first language &quot;%2&quot;: writing it in English (choose with --lang).</source>
        <translation>%1 : Cordée écrit les déclarations en anglais, en français et en espagnol, pas dans la première langue du forum &quot;%2&quot; : écriture en anglais (choisissez avec --lang).</translation>
    </message>
    <message>
        <source>The declaration was written to &quot;%1&quot;, but its export could not be recorded in &quot;%2&quot;.</source>
        <translation>La déclaration a été écrite dans &quot;%1&quot;, mais son exportation n&apos;a pas pu être enregistrée dans &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Wrote the declaration (%1, %2) to %3: %4, %5; %6.</source>
        <translation>Déclaration écrite (%1, %2) dans %3 : %4, %5 ; %6.</translation>
    </message>
    <message>
        <source>%1 sub-point</source>
        <translation>%1 sous-point</translation>
    </message>
    <message>
        <source>%1 sub-points</source>
        <translation>%1 sous-points</translation>
    </message>
    <message>
        <source>%1 participant counted</source>
        <translation>%1 participant compté</translation>
    </message>
    <message>
        <source>%1 participants counted</source>
        <translation>%1 participants comptés</translation>
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
    <message>
        <source>Take %1 out of the workshop</source>
        <translation>Retrait de %1 de l&apos;atelier</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Épinglage de %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépinglage de %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacement de %1 vers l&apos;atelier %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Add theme “%1”</source>
        <translation>Ajout du thème “%1”</translation>
    </message>
    <message>
        <source>Edit theme “%1”</source>
        <translation>Modification du thème “%1”</translation>
    </message>
    <message>
        <source>Remove theme “%1”</source>
        <translation>Suppression du thème “%1”</translation>
    </message>
    <message>
        <source>Add room “%1”</source>
        <translation>Ajout de la salle “%1”</translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation>Modification de la salle “%1”</translation>
    </message>
    <message>
        <source>Remove room “%1”</source>
        <translation>Suppression de la salle “%1”</translation>
    </message>
    <message>
        <source>Add time slot %1</source>
        <translation>Ajout du créneau %1</translation>
    </message>
    <message>
        <source>Edit time slot %1</source>
        <translation>Modification du créneau %1</translation>
    </message>
    <message>
        <source>Remove time slot %1</source>
        <translation>Suppression du créneau %1</translation>
    </message>
    <message>
        <source>Add workshop %1</source>
        <translation>Ajout de l&apos;atelier %1</translation>
    </message>
    <message>
        <source>Edit workshop %1</source>
        <translation>Modification de l&apos;atelier %1</translation>
    </message>
    <message>
        <source>Remove workshop %1</source>
        <translation>Suppression de l&apos;atelier %1</translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation>Saisir dans %1</translation>
    </message>
    <message>
        <source>Place and Date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Forum Name</source>
        <translation>Nom du forum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Patronage</source>
        <translation>Patronage</translation>
    </message>
    <message>
        <source>Guests of Honour</source>
        <translation>Invités d&apos;honneur</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Words Before the Proposals</source>
        <translation>Texte avant les propositions</translation>
    </message>
    <message>
        <source>Closing Text</source>
        <translation>Texte de clôture</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
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
        <translation>participant n° %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>workshop %1</source>
        <translation>atelier %1</translation>
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
        <translation>Double réservation de %1 le %2 : %3 et %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s) but %2 seats %3 (%4)</source>
        <translation>
            <numerusform>%1 a %n membre mais %2 ne compte que %3 places (%4)</numerusform>
            <numerusform>%1 a %n membres mais %2 ne compte que %3 places (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 may hold up to %n people (the forum&apos;s maximum) but %2 seats %3 (%4)</source>
        <translation>
            <numerusform>%1 peut accueillir jusqu&apos;à %n personne (le maximum du forum) mais %2 ne compte que %3 places (%4)</numerusform>
            <numerusform>%1 peut accueillir jusqu&apos;à %n personnes (le maximum du forum) mais %2 ne compte que %3 places (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>facilitator of %1</source>
        <translation>animateur de %1</translation>
    </message>
    <message>
        <source>rapporteur of %1</source>
        <translation>rapporteur de %1</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>membre de %1</translation>
    </message>
    <message>
        <source>%1 is in two places at once on %2: %3 and %4</source>
        <translation>%1 est à deux endroits à la fois le %2 : %3 et %4</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Other countries</source>
        <translation>Autres pays</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>writing the demo&apos;s proposals</source>
        <translation>l&apos;écriture des propositions de la démonstration</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Unknown format.</source>
        <translation>Format inconnu.</translation>
    </message>
    <message>
        <source>The declaration could not be written to “%1”.</source>
        <translation>Impossible d&apos;écrire la déclaration dans “%1”.</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be made.</source>
        <translation>Impossible de créer le fichier OpenDocument.</translation>
    </message>
    <message>
        <source>The declaration cannot be laid out on pages without the graphical application&apos;s fonts.</source>
        <translation>La déclaration ne peut pas être mise en pages sans les polices de l&apos;application graphique.</translation>
    </message>
    <message>
        <source>The declaration could not be printed.</source>
        <translation>Impossible d&apos;imprimer la déclaration.</translation>
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
        <source>No plan holds every rule: %1</source>
        <translation>Aucune répartition ne respecte toutes les règles : %1</translation>
    </message>
    <message>
        <source>%1 is pinned in slot %2, which they do not attend</source>
        <translation>%1 est épinglé dans le créneau %2, auquel il ne participe pas</translation>
    </message>
    <message>
        <source>%1 is pinned to two workshops of slot %2</source>
        <translation>%1 est épinglé à deux ateliers du créneau %2</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, whose language they do not speak</source>
        <translation>%1 est épinglé à l&apos;atelier %2, dont il ne parle pas la langue</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, which does not exist</source>
        <translation>%1 est épinglé à l&apos;atelier %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 speaks none of the working languages of slot %2 (%3)</source>
        <translation>%1 ne parle aucune des langues de travail du créneau %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, in a slot they do not attend</source>
        <translation>%1 est épinglé à l&apos;atelier %2, dans un créneau auquel il ne participe pas</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2, held in %3, which they do not speak</source>
        <translation>%1 est épinglé à l&apos;atelier %2, tenu en %3, langue qu&apos;il ne parle pas</translation>
    </message>
    <message>
        <source>%1 is pinned to two workshops of slot %2: workshops %3 and %4</source>
        <translation>%1 est épinglé à deux ateliers du créneau %2 : les ateliers %3 et %4</translation>
    </message>
    <message>
        <source>%1 attends slot %2 but is in no workshop</source>
        <translation>%1 participe au créneau %2 mais n&apos;est dans aucun atelier</translation>
    </message>
    <message>
        <source>%1 is placed in slot %2 in workshop %3, which does not exist</source>
        <translation>%1 est placé, dans le créneau %2, dans l&apos;atelier %3, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is placed in slot %2 in workshop %3, which belongs to another slot</source>
        <translation>%1 est placé, dans le créneau %2, dans l&apos;atelier %3, qui appartient à un autre créneau</translation>
    </message>
    <message>
        <source>%1 does not attend slot %2 but is placed in workshop %3</source>
        <translation>%1 ne participe pas au créneau %2 mais est placé dans l&apos;atelier %3</translation>
    </message>
    <message>
        <source>%1 is in workshop %2, held in %3, which they do not speak</source>
        <translation>%1 est dans l&apos;atelier %2, tenu en %3, langue qu&apos;il ne parle pas</translation>
    </message>
    <message>
        <source>%1 is placed in slot %2, which does not exist</source>
        <translation>%1 est placé dans le créneau %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2 but is in no workshop of that slot</source>
        <translation>%1 est épinglé à l&apos;atelier %2 mais n&apos;est dans aucun atelier de ce créneau</translation>
    </message>
    <message>
        <source>%1 is pinned to workshop %2 but is in workshop %3</source>
        <translation>%1 est épinglé à l&apos;atelier %2 mais se trouve dans l&apos;atelier %3</translation>
    </message>
</context>
<context>
    <name>FormationWeights</name>
    <message>
        <source>Cost of placing someone in the theme they ranked at this place.</source>
        <translation>Coût du placement d&apos;une personne dans le thème qu&apos;elle a classé à ce rang.</translation>
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
        <source>Theme not ranked</source>
        <translation>Thème non classé</translation>
    </message>
    <message>
        <source>Cost of placing someone in a theme they did not rank.</source>
        <translation>Coût du placement d&apos;une personne dans un thème qu&apos;elle n&apos;a pas classé.</translation>
    </message>
    <message>
        <source>Theme already attended</source>
        <translation>Thème déjà suivi</translation>
    </message>
    <message>
        <source>Cost of placing someone in a theme they had in an earlier slot.</source>
        <translation>Coût du placement d&apos;une personne dans un thème qu&apos;elle a déjà eu dans un créneau précédent.</translation>
    </message>
    <message>
        <source>Same country</source>
        <translation>Même pays</translation>
    </message>
    <message>
        <source>Cost of each pair of members from the same country.</source>
        <translation>Coût de chaque paire de membres du même pays.</translation>
    </message>
    <message>
        <source>Same continent</source>
        <translation>Même continent</translation>
    </message>
    <message>
        <source>Cost of each pair of members from the same continent.</source>
        <translation>Coût de chaque paire de membres du même continent.</translation>
    </message>
    <message>
        <source>Same gender</source>
        <translation>Même genre</translation>
    </message>
    <message>
        <source>Cost of each pair of members of the same gender.</source>
        <translation>Coût de chaque paire de membres du même genre.</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>Même catégorie</translation>
    </message>
    <message>
        <source>Cost of each pair of members of the same category.</source>
        <translation>Coût de chaque paire de membres de la même catégorie.</translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation>Même organisation</translation>
    </message>
    <message>
        <source>Cost of each pair of members from the same organisation.</source>
        <translation>Coût de chaque paire de membres de la même organisation.</translation>
    </message>
    <message>
        <source>Meeting again</source>
        <translation>Retrouvailles</translation>
    </message>
    <message>
        <source>Cost of each pair of people who were together in an earlier slot.</source>
        <translation>Coût de chaque paire de personnes qui étaient ensemble dans un créneau précédent.</translation>
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
    <message>
        <source>must be a two-letter language code such as &quot;fr&quot;</source>
        <translation>doit être un code de langue de deux lettres tel que &quot;fr&quot;</translation>
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
    <message>
        <source>&quot;%1&quot; names no Sustainable Development Goal: they are numbered 1 to 17.</source>
        <translation>&quot;%1&quot; ne désigne aucun objectif de développement durable : ils sont numérotés de 1 à 17.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no actor.</source>
        <translation>&quot;%1&quot; ne désigne aucun acteur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;sdg:N&quot; nor &quot;actor:NAME&quot;.</source>
        <translation>&quot;%1&quot; n&apos;est ni &quot;sdg:N&quot; ni &quot;actor:NAME&quot;.</translation>
    </message>
    <message>
        <source>This column is not read: the columns are %1.</source>
        <translation>Cette colonne n&apos;est pas lue : les colonnes sont %1.</translation>
    </message>
    <message>
        <source>This column comes twice; the first one is read.</source>
        <translation>Cette colonne apparaît deux fois ; la première est lue.</translation>
    </message>
    <message>
        <source>No column is called &quot;key&quot;: the proposals&apos; keys are needed (an empty cell makes a new proposal).</source>
        <translation>Aucune colonne ne s&apos;appelle &quot;key&quot; : les clés des propositions sont nécessaires (une cellule vide crée une nouvelle proposition).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a key: use letters, digits and dashes, without spaces, commas or semicolons.</source>
        <translation>&quot;%1&quot; ne peut pas être une clé : utilisez des lettres, des chiffres et des tirets, sans espaces, virgules ni points-virgules.</translation>
    </message>
    <message>
        <source>The key %1 is on row %2 already; give each proposal its own key.</source>
        <translation>La clé %1 figure déjà à la ligne %2 ; donnez à chaque proposition sa propre clé.</translation>
    </message>
    <message>
        <source>%1 is not in the forum: a new proposal needs a text column.</source>
        <translation>%1 n&apos;est pas dans le forum : une nouvelle proposition nécessite une colonne text.</translation>
    </message>
    <message>
        <source>This proposal</source>
        <translation>Cette proposition</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot;: give a workshop&apos;s key, or leave the cell empty for the plenary.</source>
        <translation>Aucun atelier ne s&apos;appelle &quot;%1&quot; : indiquez la clé d&apos;un atelier, ou laissez la cellule vide pour la plénière.</translation>
    </message>
    <message>
        <source>The text is empty: a proposal needs one.</source>
        <translation>Le texte est vide : une proposition doit en avoir un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use draft, submitted, retained, rejected or merged.</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut : utilisez draft, submitted, retained, rejected ou merged.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order: give a whole number from 1, or leave the cell empty.</source>
        <translation>&quot;%1&quot; n&apos;est pas un rang : indiquez un nombre entier à partir de 1, ou laissez la cellule vide.</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot;: give a theme&apos;s key or title.</source>
        <translation>Aucun thème ne s&apos;appelle &quot;%1&quot; : indiquez la clé ou le titre d&apos;un thème.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a support: give how many people supported the proposal, or leave the cell empty.</source>
        <translation>&quot;%1&quot; n&apos;est pas un soutien : indiquez combien de personnes ont soutenu la proposition, ou laissez la cellule vide.</translation>
    </message>
    <message>
        <source>%1 cannot be a sub-point of itself.</source>
        <translation>%1 ne peut pas être un sous-point d&apos;elle-même.</translation>
    </message>
    <message>
        <source>No proposal has the key %1, in this file or in the forum.</source>
        <translation>Aucune proposition n&apos;a la clé %1, ni dans ce fichier ni dans le forum.</translation>
    </message>
    <message>
        <source>%1 would be a sub-point of itself: %2.</source>
        <translation>%1 serait un sous-point d&apos;elle-même : %2.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself.</source>
        <translation>%1 ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>%1 is merged into %2, so its status must be merged, not %3.</source>
        <translation>%1 est fusionnée dans %2 : son statut doit donc être merged, et non %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;merge:KEY&quot; nor &quot;split:KEY&quot;.</source>
        <translation>&quot;%1&quot; n&apos;est ni &quot;merge:KEY&quot; ni &quot;split:KEY&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot come from itself.</source>
        <translation>%1 ne peut pas être issue d&apos;elle-même.</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>There is no workshop to print a sheet for.</source>
        <translation>Il n&apos;y a aucun atelier pour lequel imprimer une feuille.</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>créneau %1</translation>
    </message>
    <message>
        <source>There is no room in use to print a sign for.</source>
        <translation>Il n&apos;y a aucune salle utilisée pour laquelle imprimer une affiche.</translation>
    </message>
    <message>
        <source>check that the folder exists and can be written to</source>
        <translation>vérifiez que le dossier existe et qu&apos;il est accessible en écriture</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>&quot;%1&quot; cannot be a key: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>&quot;%1&quot; ne peut pas être une clé : utilisez de 1 à 64 lettres, chiffres, &apos;-&apos; ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used: choose another one.</source>
        <translation>La clé &quot;%1&quot; est déjà utilisée : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in the programme any more.</source>
        <translation>Plus aucun élément ne s&apos;appelle &quot;%1&quot; dans le programme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ranked it among their preferences</source>
        <translation>
            <numerusform>%n participant l&apos;a classé parmi ses préférences</numerusform>
            <numerusform>%n participants l&apos;ont classé parmi leurs préférences</numerusform>
        </translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; cannot be removed: %2. Give them another theme first.</source>
        <translation>Le thème &quot;%1&quot; ne peut pas être supprimé : %2. Attribuez-leur d&apos;abord un autre thème.</translation>
    </message>
    <message numerus="yes">
        <source>The time slot %1 holds %n workshop(s): it stays a workshop slot until they are removed.</source>
        <translation>
            <numerusform>Le créneau %1 contient %n atelier : il reste un créneau d&apos;ateliers tant que celui-ci n&apos;est pas supprimé.</numerusform>
            <numerusform>Le créneau %1 contient %n ateliers : il reste un créneau d&apos;ateliers tant qu&apos;ils ne sont pas supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it holds %n workshop(s) (%1)</source>
        <translation>
            <numerusform>il contient %n atelier (%1)</numerusform>
            <numerusform>il contient %n ateliers (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) said they will miss it</source>
        <translation>
            <numerusform>%n participant a indiqué qu&apos;il serait absent</numerusform>
            <numerusform>%n participants ont indiqué qu&apos;ils seraient absents</numerusform>
        </translation>
    </message>
    <message>
        <source>The time slot &quot;%1&quot; cannot be removed: %2. Remove its workshops and edit those participants first.</source>
        <translation>Le créneau &quot;%1&quot; ne peut pas être supprimé : %2. Supprimez d&apos;abord ses ateliers et modifiez ces participants.</translation>
    </message>
    <message>
        <source>no participant has the number %1</source>
        <translation>aucun participant ne porte le numéro %1</translation>
    </message>
    <message>
        <source>People are placed in the workshop %1: it stays in its time slot.</source>
        <translation>Des personnes sont placées dans l&apos;atelier %1 : il reste dans son créneau.</translation>
    </message>
    <message numerus="yes">
        <source>it is the theme of %n workshop(s) (%1)</source>
        <translation>
            <numerusform>c&apos;est le thème de %n atelier (%1)</numerusform>
            <numerusform>c&apos;est le thème de %n ateliers (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is the theme of %n proposal(s)</source>
        <translation>
            <numerusform>c&apos;est le thème de %n proposition</numerusform>
            <numerusform>c&apos;est le thème de %n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workshop %1 cannot be removed: it holds %n proposal(s).</source>
        <translation>
            <numerusform>L&apos;atelier %1 ne peut pas être supprimé : il contient %n proposition.</numerusform>
            <numerusform>L&apos;atelier %1 ne peut pas être supprimé : il contient %n propositions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeText</name>
    <message>
        <source>There is nobody to print a programme for.</source>
        <translation>Il n&apos;y a personne pour qui imprimer un programme.</translation>
    </message>
    <message>
        <source>Personal programmes</source>
        <translation>Programmes personnels</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeValidation</name>
    <message>
        <source>a theme needs a title</source>
        <translation>un thème doit avoir un titre</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>une salle doit avoir un nom</translation>
    </message>
    <message>
        <source>a room seats at least one person</source>
        <translation>une salle compte au moins une place</translation>
    </message>
    <message>
        <source>a day is needed</source>
        <translation>un jour est nécessaire</translation>
    </message>
    <message>
        <source>the day falls outside the forum&apos;s dates (%1 to %2)</source>
        <translation>le jour est en dehors des dates du forum (du %1 au %2)</translation>
    </message>
    <message>
        <source>start and end times are needed</source>
        <translation>les heures de début et de fin sont nécessaires</translation>
    </message>
    <message>
        <source>the slot must end after it starts</source>
        <translation>le créneau doit se terminer après son début</translation>
    </message>
    <message>
        <source>a workshop slot has no room of its own: each of its workshops has one</source>
        <translation>un créneau d&apos;ateliers n&apos;a pas de salle propre : chacun de ses ateliers a la sienne</translation>
    </message>
    <message>
        <source>no room &quot;%1&quot;</source>
        <translation>la salle &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>no time slot &quot;%1&quot;</source>
        <translation>le créneau &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>workshops take place in workshop slots only</source>
        <translation>les ateliers n&apos;ont lieu que dans des créneaux d&apos;ateliers</translation>
    </message>
    <message>
        <source>no theme &quot;%1&quot;</source>
        <translation>le thème &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de langue ISO 639-1</translation>
    </message>
    <message>
        <source>the facilitator and the rapporteur are two people</source>
        <translation>l&apos;animateur et le rapporteur doivent être deux personnes différentes</translation>
    </message>
</context>
<context>
    <name>ProposalChartText</name>
    <message>
        <source> of %1 — %2</source>
        <translation> sur %1 — %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>rapporteur: %1</source>
        <translation>rapporteur : %1</translation>
    </message>
    <message>
        <source>No proposals yet: rapporteurs capture them on the Proposals page.</source>
        <translation>Aucune proposition pour l&apos;instant : les rapporteurs les saisissent sur la page Propositions.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) retained for the declaration; %1 still to decide, of %2.</source>
        <translation>
            <numerusform>%n proposition retenue pour la déclaration ; %1 encore à trancher, sur %2.</numerusform>
            <numerusform>%n propositions retenues pour la déclaration ; %1 encore à trancher, sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workshops in this slot yet.</source>
        <translation>Aucun atelier dans ce créneau pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Every workshop of the slot has sent proposals.</source>
        <translation>Chaque atelier du créneau a envoyé des propositions.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent yet from %n workshop(s): %1.</source>
        <translation>
            <numerusform>Aucun envoi pour l&apos;instant de %n atelier : %1.</numerusform>
            <numerusform>Aucun envoi pour l&apos;instant de %n ateliers : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalFiguresText</name>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scission</translation>
    </message>
    <message>
        <source>A proposal has no key.</source>
        <translation>Une proposition n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has spaces, commas or semicolons; use letters, digits and dashes.</source>
        <translation>La clé &quot;%1&quot; contient des espaces, des virgules ou des points-virgules ; utilisez des lettres, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>The proposal %1 has no text.</source>
        <translation>La proposition %1 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot; (proposal %2).</source>
        <translation>Aucun atelier ne s&apos;appelle &quot;%1&quot; (proposition %2).</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot; (proposal %2).</source>
        <translation>Aucun thème ne s&apos;appelle &quot;%1&quot; (proposition %2).</translation>
    </message>
    <message>
        <source>The proposal %1 is given as a sub-point of itself.</source>
        <translation>La proposition %1 est indiquée comme sous-point d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The proposal %1 is a sub-point of %2, which does not exist.</source>
        <translation>La proposition %1 est un sous-point de %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The proposal %1 is given as merged into itself.</source>
        <translation>La proposition %1 est indiquée comme fusionnée dans elle-même.</translation>
    </message>
    <message>
        <source>The proposal %1 is merged into %2, which does not exist.</source>
        <translation>La proposition %1 est fusionnée dans %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The proposal %1 is merged into %2 but its status is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>La proposition %1 est fusionnée dans %2 mais son statut est &quot;%3&quot;, et non &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>The proposal %1 names SDG %2; the goals are numbered 1 to 17.</source>
        <translation>La proposition %1 mentionne l&apos;ODD %2 ; les objectifs sont numérotés de 1 à 17.</translation>
    </message>
    <message>
        <source>The proposal %1 has a negative support (%2).</source>
        <translation>La proposition %1 a un soutien négatif (%2).</translation>
    </message>
    <message>
        <source>The proposals %1 are sub-points of each other.</source>
        <translation>Les propositions %1 sont des sous-points les unes des autres.</translation>
    </message>
    <message>
        <source>Two proposals have the key &quot;%1&quot;.</source>
        <translation>Deux propositions ont la clé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The history links the proposal %1 to itself.</source>
        <translation>L&apos;historique relie la proposition %1 à elle-même.</translation>
    </message>
    <message>
        <source>The history names the proposal %1, which does not exist.</source>
        <translation>L&apos;historique mentionne la proposition %1, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No proposal has the key &quot;%1&quot;; it may have been removed meanwhile.</source>
        <translation>Aucune proposition n&apos;a la clé &quot;%1&quot; ; elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The history has no step from %1 to %2.</source>
        <translation>L&apos;historique ne comporte aucune étape de %1 à %2.</translation>
    </message>
    <message>
        <source>A proposal&apos;s key cannot change (%1 → %2).</source>
        <translation>La clé d&apos;une proposition ne peut pas changer (%1 → %2).</translation>
    </message>
    <message>
        <source>A proposal with the key &quot;%1&quot; exists already.</source>
        <translation>Une proposition avec la clé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>The proposal %1 is not in the same list as the new one.</source>
        <translation>La proposition %1 n&apos;est pas dans la même liste que la nouvelle.</translation>
    </message>
    <message>
        <source>A proposal is given twice in the new order.</source>
        <translation>Une proposition figure deux fois dans le nouvel ordre.</translation>
    </message>
    <message>
        <source>A proposal is marked as merged by merging it with others.</source>
        <translation>Une proposition ne passe au statut fusionnée qu&apos;en la fusionnant avec d&apos;autres.</translation>
    </message>
    <message>
        <source>The first proposal of a list cannot become a sub-point: there is no proposal before it.</source>
        <translation>La première proposition d&apos;une liste ne peut pas devenir un sous-point : aucune proposition ne la précède.</translation>
    </message>
    <message>
        <source>The proposal %1 is not a sub-point.</source>
        <translation>La proposition %1 n&apos;est pas un sous-point.</translation>
    </message>
    <message>
        <source>The proposal %1 was merged into %2 already; merge or split %2 instead.</source>
        <translation>La proposition %1 a déjà été fusionnée dans %2 ; fusionnez ou scindez plutôt %2.</translation>
    </message>
    <message>
        <source>The proposal %1 was merged or split already; use the proposals it became.</source>
        <translation>La proposition %1 a déjà été fusionnée ou scindée ; utilisez les propositions qui en sont issues.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a proposal&apos;s key: use letters, digits and dashes, without spaces.</source>
        <translation>&quot;%1&quot; ne peut pas être une clé de proposition : utilisez des lettres, des chiffres et des tirets, sans espaces.</translation>
    </message>
    <message>
        <source>Choose at least two proposals to merge.</source>
        <translation>Choisissez au moins deux propositions à fusionner.</translation>
    </message>
    <message>
        <source>The proposal %1 is a sub-point of another proposal being merged; merge the proposals it belongs to, or move it out first.</source>
        <translation>La proposition %1 est un sous-point d&apos;une autre proposition en cours de fusion ; fusionnez les propositions auxquelles elle appartient, ou sortez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The merged proposal needs a text.</source>
        <translation>La proposition fusionnée doit avoir un texte.</translation>
    </message>
    <message>
        <source>Each part of a split needs a text.</source>
        <translation>Chaque partie d&apos;une scission doit avoir un texte.</translation>
    </message>
    <message>
        <source>Give at least two texts to split a proposal into.</source>
        <translation>Indiquez au moins deux textes pour scinder une proposition.</translation>
    </message>
    <message>
        <source>%1 keys were given for %2 new proposals.</source>
        <translation>%1 clés ont été données pour %2 nouvelles propositions.</translation>
    </message>
    <message>
        <source>Retained proposals keep the declaration&apos;s order, apart from the others: change their order on the Curate tab.</source>
        <translation>Les propositions retenues gardent l&apos;ordre de la déclaration, à part des autres : changez leur ordre dans l&apos;onglet Tri.</translation>
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
    <name>Schedule</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop %1 is no longer in the programme.</source>
        <translation>L&apos;atelier %1 ne figure plus dans le programme.</translation>
    </message>
    <message>
        <source>A workshop takes place in a room: drop it on a room&apos;s row.</source>
        <translation>Un atelier a lieu dans une salle : déposez-le sur la ligne d&apos;une salle.</translation>
    </message>
    <message>
        <source>Move workshop %1 to %2</source>
        <translation>Déplacement de l&apos;atelier %1 vers %2</translation>
    </message>
    <message>
        <source>The time slot %1 is no longer in the programme.</source>
        <translation>Le créneau %1 ne figure plus dans le programme.</translation>
    </message>
    <message>
        <source>A workshop slot has no room of its own: drag one of its workshops to change that workshop&apos;s room.</source>
        <translation>Un créneau d&apos;ateliers n&apos;a pas de salle propre : faites glisser l&apos;un de ses ateliers pour changer la salle de cet atelier.</translation>
    </message>
    <message>
        <source>%1 would end after midnight: drop it earlier in the day.</source>
        <translation>%1 se terminerait après minuit : déposez-le plus tôt dans la journée.</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message>
        <source>Move “%1” to %2, %3</source>
        <translation>Déplacement de “%1” : %2, %3</translation>
    </message>
</context>
<context>
    <name>Sdg</name>
    <message>
        <source>No poverty</source>
        <translation>Pas de pauvreté</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Faim zéro</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Bonne santé et bien-être</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Éducation de qualité</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité entre les sexes</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Eau propre et assainissement</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Énergie propre et d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Travail décent et croissance économique</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, innovation et infrastructure</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Inégalités réduites</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Villes et communautés durables</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consommation et production responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vie aquatique</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vie terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paix, justice et institutions efficaces</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partenariats pour la réalisation des objectifs</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODD %1</translation>
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
    <message>
        <source>moving a participant</source>
        <translation>le déplacement d&apos;un participant</translation>
    </message>
    <message>
        <source>forming the workshops</source>
        <translation>la formation des ateliers</translation>
    </message>
    <message>
        <source>adding a theme</source>
        <translation>l&apos;ajout d&apos;un thème</translation>
    </message>
    <message>
        <source>removing a theme</source>
        <translation>la suppression d&apos;un thème</translation>
    </message>
    <message>
        <source>adding a room</source>
        <translation>l&apos;ajout d&apos;une salle</translation>
    </message>
    <message>
        <source>removing a room</source>
        <translation>la suppression d&apos;une salle</translation>
    </message>
    <message>
        <source>adding a time slot</source>
        <translation>l&apos;ajout d&apos;un créneau</translation>
    </message>
    <message>
        <source>removing a time slot</source>
        <translation>la suppression d&apos;un créneau</translation>
    </message>
    <message>
        <source>adding a workshop</source>
        <translation>l&apos;ajout d&apos;un atelier</translation>
    </message>
    <message>
        <source>removing a workshop</source>
        <translation>la suppression d&apos;un atelier</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; is not in the slot &quot;%2&quot;.</source>
        <translation>L&apos;atelier &quot;%1&quot; n&apos;est pas dans le créneau &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>recording the export of the declaration</source>
        <translation>l&apos;enregistrement de l&apos;exportation de la déclaration</translation>
    </message>
    <message>
        <source>reading the exports of the declaration</source>
        <translation>la lecture des exportations de la déclaration</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in the forum any more.</source>
        <translation>Plus aucun élément ne s&apos;appelle &quot;%1&quot; dans le forum.</translation>
    </message>
    <message>
        <source>ordering the themes</source>
        <translation>la modification de l&apos;ordre des thèmes</translation>
    </message>
    <message>
        <source>reading the proposals</source>
        <translation>la lecture des propositions</translation>
    </message>
    <message>
        <source>No workshop is called &quot;%1&quot; (proposal %2).</source>
        <translation>Aucun atelier ne s&apos;appelle &quot;%1&quot; (proposition %2).</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot; (proposal %2).</source>
        <translation>Aucun thème ne s&apos;appelle &quot;%1&quot; (proposition %2).</translation>
    </message>
    <message>
        <source>The rapporteur of the proposal %1 (participant %2) is not in the forum.</source>
        <translation>Le rapporteur de la proposition %1 (participant %2) ne fait pas partie du forum.</translation>
    </message>
    <message>
        <source>The proposal %1 has no text.</source>
        <translation>La proposition %1 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>The proposal %1 is a sub-point of %2, which does not exist.</source>
        <translation>La proposition %1 est un sous-point de %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The proposal %1 is merged into %2, which does not exist.</source>
        <translation>La proposition %1 est fusionnée dans %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>saving a proposal</source>
        <translation>l&apos;enregistrement d&apos;une proposition</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a proposal&apos;s key.</source>
        <translation>&quot;%1&quot; ne peut pas être une clé de proposition.</translation>
    </message>
    <message>
        <source>A proposal with the key &quot;%1&quot; exists already.</source>
        <translation>Une proposition avec la clé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>No proposal is called &quot;%1&quot;; it may have been removed meanwhile.</source>
        <translation>Aucune proposition ne s&apos;appelle &quot;%1&quot; ; elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>removing a proposal</source>
        <translation>la suppression d&apos;une proposition</translation>
    </message>
    <message>
        <source>ordering the proposals</source>
        <translation>la modification de l&apos;ordre des propositions</translation>
    </message>
    <message>
        <source>saving the history of the proposals</source>
        <translation>l&apos;enregistrement de l&apos;historique des propositions</translation>
    </message>
    <message>
        <source>No proposal is called &quot;%1&quot;.</source>
        <translation>Aucune proposition ne s&apos;appelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A step of the history must link two different proposals.</source>
        <translation>Une étape de l&apos;historique doit relier deux propositions différentes.</translation>
    </message>
    <message>
        <source>saving proposals</source>
        <translation>l&apos;enregistrement des propositions</translation>
    </message>
    <message>
        <source>recording the export</source>
        <translation>l&apos;enregistrement de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>The workshops of the slot &quot;%1&quot; hold %n proposal(s): they cannot be removed.</source>
        <translation>
            <numerusform>Les ateliers du créneau &quot;%1&quot; contiennent %n proposition : ils ne peuvent pas être supprimés.</numerusform>
            <numerusform>Les ateliers du créneau &quot;%1&quot; contiennent %n propositions : ils ne peuvent pas être supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the guests of honour</source>
        <translation>l&apos;enregistrement des invités d&apos;honneur</translation>
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
    <name>WorkshopBoard</name>
    <message numerus="yes">
        <source>%n member(s), fewer than the minimum of %1</source>
        <translation>
            <numerusform>%n membre, moins que le minimum de %1</numerusform>
            <numerusform>%n membres, moins que le minimum de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), more than the %1 it can hold</source>
        <translation>
            <numerusform>%n membre, plus que les %1 qu&apos;il peut accueillir</numerusform>
            <numerusform>%n membres, plus que les %1 qu&apos;il peut accueillir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not speak the workshop&apos;s language (%2)</source>
        <translation>%1 ne parle pas la langue de l&apos;atelier (%2)</translation>
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
        <translation>À propos de Cordée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cordée %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cordée %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From the participants of an international forum to its final declaration: registration, programme, workshops, proposals and the declaration in English, French and Spanish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Des participants d&apos;un forum international à sa déclaration finale : inscriptions, programme, ateliers, propositions et déclaration en anglais, en français et en espagnol.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cordée is free software: you may share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cordée est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;licence publique générale GNU, version 3 ou toute version ultérieure&lt;/a&gt; (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data and artwork&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Données et graphismes&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Country names&lt;/b&gt; in English, French and Spanish: Debian&apos;s &lt;i&gt;iso-codes&lt;/i&gt; (ISO 3166-1), LGPL-2.1-or-later, with Cordée&apos;s own table of continents.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Icons&lt;/b&gt;: KDE&apos;s Breeze and Breeze Dark icon themes, © KDE Visual Design Group, LGPL-3.0-or-later; the application icon is Cordée&apos;s own (GPL-3.0-or-later).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fonts&lt;/b&gt; of the declaration and the printed documents: Noto, from Debian&apos;s &lt;i&gt;fonts-noto-core&lt;/i&gt; and &lt;i&gt;fonts-noto-cjk&lt;/i&gt;, SIL Open Font License 1.1; used from the system, not bundled.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Noms de pays&lt;/b&gt; en anglais, en français et en espagnol : &lt;i&gt;iso-codes&lt;/i&gt; de Debian (ISO 3166-1), LGPL-2.1-or-later, avec la table des continents propre à Cordée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Icônes&lt;/b&gt; : thèmes d&apos;icônes Breeze et Breeze Dark de KDE, © KDE Visual Design Group, LGPL-3.0-or-later ; l&apos;icône de l&apos;application est propre à Cordée (GPL-3.0-or-later).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Polices&lt;/b&gt; de la déclaration et des documents imprimés : Noto, des paquets Debian &lt;i&gt;fonts-noto-core&lt;/i&gt; et &lt;i&gt;fonts-noto-cjk&lt;/i&gt;, SIL Open Font License 1.1 ; utilisées depuis le système, non incluses.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cordee::ActorsEdit</name>
    <message>
        <source>Add an actor…</source>
        <translation>Ajouter un acteur…</translation>
    </message>
    <message>
        <source>Add a target actor</source>
        <translation>Ajouter un acteur visé</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Actor %1, press to remove</source>
        <translation>Acteur %1, appuyez pour le retirer</translation>
    </message>
</context>
<context>
    <name>cordee::CaptureOutline</name>
    <message>
        <source>Add proposal %1</source>
        <translation>Ajouter la proposition %1</translation>
    </message>
    <message>
        <source>Make %1 a proposal of its own</source>
        <translation>Faire de %1 une proposition à part entière</translation>
    </message>
    <message>
        <source>There is no proposal above this one to make it a sub-point of.</source>
        <translation>Il n&apos;y a aucune proposition au-dessus de celle-ci dont elle pourrait devenir un sous-point.</translation>
    </message>
    <message>
        <source>Make %1 a sub-point</source>
        <translation>Faire de %1 un sous-point</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>This proposal has sub-points: remove them first, or delete it from the toolbar.</source>
        <translation>Cette proposition a des sous-points : retirez-les d&apos;abord, ou supprimez-la depuis la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Remove proposal %1</source>
        <translation>Retirer la proposition %1</translation>
    </message>
    <message>
        <source>A proposal cannot be empty: its text is back. Del in an empty proposal removes it.</source>
        <translation>Une proposition ne peut pas être vide : son texte est rétabli. Suppr dans une proposition vide la retire.</translation>
    </message>
    <message>
        <source>No proposal of the plenary yet: type the first one here…</source>
        <translation>Aucune proposition de la plénière pour l&apos;instant : saisissez la première ici…</translation>
    </message>
    <message>
        <source>No proposal from this workshop yet: type the first one here…</source>
        <translation>Aucune proposition de cet atelier pour l&apos;instant : saisissez la première ici…</translation>
    </message>
</context>
<context>
    <name>cordee::CaptureView</name>
    <message>
        <source>Workshop whose proposals are captured</source>
        <translation>Atelier dont les propositions sont saisies</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier :</translation>
    </message>
    <message>
        <source>Proposals of the workshop</source>
        <translation>Propositions de l&apos;atelier</translation>
    </message>
    <message>
        <source>Similar proposals already captured</source>
        <translation>Propositions semblables déjà saisies</translation>
    </message>
    <message>
        <source>Type a proposal: those captured elsewhere that say the same show here.</source>
        <translation>Saisissez une proposition : celles saisies ailleurs qui disent la même chose s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 au statut %2</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème : %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur : %1</translation>
    </message>
    <message>
        <source>No rapporteur named</source>
        <translation>Aucun rapporteur désigné</translation>
    </message>
    <message>
        <source>Proposals made in plenary, and those merged across workshops</source>
        <translation>Propositions faites en plénière, et celles fusionnées entre ateliers</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing captured so far says the same.</source>
        <translation>Rien de ce qui a été saisi jusqu&apos;ici ne dit la même chose.</translation>
    </message>
    <message>
        <source>Enter: next proposal · Tab / Shift+Tab: sub-point and back · Alt+↑/↓ or the grip: move · Del in an empty one: remove · Ctrl+Z: undo · Ctrl+Tab: leave the list</source>
        <translation>Entrée : proposition suivante · Tab / Maj+Tab : sous-point et retour · Alt+↑/↓ ou la poignée : déplacer · Suppr dans une proposition vide : retirer · Ctrl+Z : annuler · Ctrl+Tab : quitter la liste</translation>
    </message>
</context>
<context>
    <name>cordee::CurateView</name>
    <message>
        <source>All proposals</source>
        <translation>Toutes les propositions</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Propositions semblables</translation>
    </message>
    <message>
        <source>Merge with Selected…</source>
        <translation>Fusionner avec la sélection…</translation>
    </message>
    <message>
        <source>Merge the proposal chosen above with the similar ones selected here</source>
        <translation>Fusionner la proposition choisie ci-dessus avec les propositions semblables sélectionnées ici</translation>
    </message>
    <message>
        <source>Search proposals… (Ctrl+F)</source>
        <translation>Rechercher des propositions… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation>Rechercher des propositions</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>Filtrer par atelier</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Retained proposals in the declaration&apos;s order</source>
        <translation>Propositions retenues dans l&apos;ordre de la déclaration</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected proposal up (Alt+Up)</source>
        <translation>Monter la proposition sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected proposal down (Alt+Down)</source>
        <translation>Descendre la proposition sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <source>Group by Theme</source>
        <translation>Regrouper par thème</translation>
    </message>
    <message>
        <source>Order the retained proposals theme by theme, in the programme&apos;s order of themes, keeping their order within each theme</source>
        <translation>Ordonner les propositions retenues thème par thème, dans l&apos;ordre des thèmes du programme, en gardant leur ordre au sein de chaque thème</translation>
    </message>
    <message>
        <source>Drag to reorder; sub-points move under their proposal.</source>
        <translation>Faites glisser pour réordonner ; les sous-points suivent leur proposition.</translation>
    </message>
    <message>
        <source>No proposals yet. Rapporteurs type them on the Capture tab, workshop by workshop; here the synthesis committee then finds the ones that say the same, merges them, retains the best and orders them for the declaration.</source>
        <translation>Aucune proposition pour l&apos;instant. Les rapporteurs les saisissent dans l&apos;onglet Saisie, atelier par atelier ; ici, le comité de synthèse repère ensuite celles qui disent la même chose, les fusionne, retient les meilleures et les ordonne pour la déclaration.</translation>
    </message>
    <message>
        <source>Capture Proposals</source>
        <translation>Saisir des propositions</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open (draft or submitted)</source>
        <translation>Ouvertes (brouillon ou soumises)</translation>
    </message>
    <message>
        <source>All but merged</source>
        <translation>Toutes sauf fusionnées</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Tous les ateliers</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Filters cleared to show %1.</source>
        <translation>Filtres effacés pour afficher %1.</translation>
    </message>
    <message>
        <source>Select a proposal to see those most likely to say the same.</source>
        <translation>Sélectionnez une proposition pour voir celles qui disent le plus probablement la même chose.</translation>
    </message>
    <message>
        <source>No other proposal says much the same.</source>
        <translation>Aucune autre proposition ne dit à peu près la même chose.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Group the retained proposals by theme</source>
        <translation>Regrouper les propositions retenues par thème</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proposal(s) shown</source>
        <translation>
            <numerusform>Affichées : %1 sur %n proposition</numerusform>
            <numerusform>Affichées : %1 sur %n propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Retained for the declaration (%1)</source>
        <translation>Retenues pour la déclaration (%1)</translation>
    </message>
</context>
<context>
    <name>cordee::DashboardPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Créneau :</translation>
    </message>
    <message>
        <source>Workshop slot</source>
        <translation>Créneau d&apos;ateliers</translation>
    </message>
    <message>
        <source>&amp;Refresh Charts</source>
        <translation>&amp;Actualiser les graphiques</translation>
    </message>
    <message>
        <source>Redraw every chart from the forum as it is now (F5)</source>
        <translation>Redessiner chaque graphique à partir du forum tel qu&apos;il est maintenant (F5)</translation>
    </message>
    <message>
        <source>Participants by continent</source>
        <translation>Participants par continent</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Principaux pays</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Tranches d&apos;âge</translation>
    </message>
    <message>
        <source>No workshop slot yet: plan one on the Programme page.</source>
        <translation>Aucun créneau d&apos;ateliers pour l&apos;instant : planifiez-en un sur la page Programme.</translation>
    </message>
    <message>
        <source>Workshop sizes</source>
        <translation>Taille des ateliers</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translation>Équilibre des genres</translation>
    </message>
    <message>
        <source>Countries and continents</source>
        <translation>Pays et continents</translation>
    </message>
    <message>
        <source>Preferences met</source>
        <translation>Préférences satisfaites</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the chart “%1”</source>
        <translation>Exporter le graphique “%1”</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Enregistrer ce graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Graphique exporté vers %1</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and can be written to.</source>
        <translation>Impossible d&apos;écrire %1. Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard shows who came, how balanced the workshops are and what they propose. Open a forum, or register participants on the Participants page.</source>
        <translation>Le tableau de bord montre qui est venu, l&apos;équilibre des ateliers et ce qu&apos;ils proposent. Ouvrez un forum, ou inscrivez des participants sur la page Participants.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Proposals by theme and status</source>
        <translation>Propositions par thème et par statut</translation>
    </message>
    <message>
        <source>Proposals sent</source>
        <translation>Propositions envoyées</translation>
    </message>
</context>
<context>
    <name>cordee::DeclarationPartsView</name>
    <message>
        <source>Place and date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Computed: the forum&apos;s city and last day, from Forum Settings.</source>
        <translation>Calculés : la ville du forum et son dernier jour, d&apos;après les Paramètres du forum.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Computed from the edition&apos;s number and the forum&apos;s name.</source>
        <translation>Calculé à partir du numéro de l&apos;édition et du nom du forum.</translation>
    </message>
    <message>
        <source>The edition&apos;s question</source>
        <translation>La question de l&apos;édition</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Computed: the dates and place from Forum Settings; the figures from the Participants page, cancelled registrations not counted.</source>
        <translation>Calculée : les dates et le lieu d&apos;après les Paramètres du forum ; les chiffres d&apos;après la page Participants, sans compter les inscriptions annulées.</translation>
    </message>
    <message>
        <source>Patronage</source>
        <translation>Patronage</translation>
    </message>
    <message>
        <source>Guests of honour</source>
        <translation>Invités d&apos;honneur</translation>
    </message>
    <message>
        <source>The guests of honour recorded in the forum file, with their titles in this language.</source>
        <translation>Les invités d&apos;honneur enregistrés dans le fichier du forum, avec leurs titres dans cette langue.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Computed from the categories of the participants present (Participants page).</source>
        <translation>Calculé à partir des catégories des participants présents (page Participants).</translation>
    </message>
    <message>
        <source>The proposals</source>
        <translation>Les propositions</translation>
    </message>
    <message>
        <source>Your words before the proposals, then the proposals retained on the Proposals page, in the committee&apos;s order.</source>
        <translation>Votre texte avant les propositions, puis les propositions retenues sur la page Propositions, dans l&apos;ordre du comité.</translation>
    </message>
    <message>
        <source>Order the Proposals…</source>
        <translation>Ordonner les propositions…</translation>
    </message>
    <message>
        <source>Open the Proposals page to retain proposals and set their order</source>
        <translation>Ouvrir la page Propositions pour retenir des propositions et fixer leur ordre</translation>
    </message>
    <message>
        <source>Closing text</source>
        <translation>Texte de clôture</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Computed: the organizer, from Forum Settings.</source>
        <translation>Calculée : l&apos;organisateur, d&apos;après les Paramètres du forum.</translation>
    </message>
    <message>
        <source>The forum&apos;s name as the declaration writes it in %1:</source>
        <translation>Le nom du forum tel que la déclaration l&apos;écrit en %1 :</translation>
    </message>
    <message>
        <source>The common text of every language; what you type here is kept for %1 only.</source>
        <translation>Le texte commun à toutes les langues ; ce que vous saisissez ici ne vaut que pour la déclaration en %1.</translation>
    </message>
    <message>
        <source>Empty: the part is left out</source>
        <translation>Vide : la partie est omise</translation>
    </message>
    <message>
        <source>Empty: the declaration writes “%1”</source>
        <translation>Vide : la déclaration écrit “%1”</translation>
    </message>
    <message>
        <source>No city or dates in Forum Settings: the line is left out.</source>
        <translation>Ni ville ni dates dans les Paramètres du forum : la ligne est omise.</translation>
    </message>
    <message>
        <source>No guests of honour recorded: the part is left out.</source>
        <translation>Aucun invité d&apos;honneur enregistré : la partie est omise.</translation>
    </message>
    <message>
        <source>No participants yet: the part is left out.</source>
        <translation>Aucun participant pour l&apos;instant : la partie est omise.</translation>
    </message>
    <message>
        <source>No organizer in Forum Settings: the signature is left out.</source>
        <translation>Aucun organisateur dans les Paramètres du forum : la signature est omise.</translation>
    </message>
    <message numerus="yes">
        <source>%n retained proposal(s)</source>
        <translation>
            <numerusform>%n proposition retenue</numerusform>
            <numerusform>%n propositions retenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-point(s)</source>
        <translation>
            <numerusform>%n sous-point</numerusform>
            <numerusform>%n sous-points</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal retained yet.</source>
        <translation>Aucune proposition retenue pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present (cancelled excluded)</source>
        <translation>
            <numerusform>%n participant présent (annulations exclues)</numerusform>
            <numerusform>%n participants présents (annulations exclues)</numerusform>
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
        <source>Edit Guests…</source>
        <translation>Modifier les invités…</translation>
    </message>
    <message>
        <source>Add, remove or reorder the guests of honour and their titles</source>
        <translation>Ajouter, retirer ou réordonner les invités d&apos;honneur et leurs titres</translation>
    </message>
    <message>
        <source>Guests of Honour</source>
        <translation>Invités d&apos;honneur</translation>
    </message>
</context>
<context>
    <name>cordee::DeclarationPreview</name>
    <message>
        <source>Preview of the declaration&apos;s pages</source>
        <translation>Aperçu des pages de la déclaration</translation>
    </message>
</context>
<context>
    <name>cordee::DemandPlanDialog</name>
    <message>
        <source>Plan Workshops from Demand</source>
        <translation>Planifier les ateliers d&apos;après la demande</translation>
    </message>
    <message>
        <source>Workshop slot</source>
        <translation>Créneau d&apos;ateliers</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>Demand by theme</source>
        <translation>Demande par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1er choix</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Planned workshops</source>
        <translation>Ateliers prévus</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>&amp;Add Workshop</source>
        <translation>&amp;Ajouter un atelier</translation>
    </message>
    <message>
        <source>&amp;Remove Workshop</source>
        <translation>&amp;Retirer l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Propose Again</source>
        <translation>&amp;Proposer à nouveau</translation>
    </message>
    <message>
        <source>Forget the changes and propose from the demand again</source>
        <translation>Oublier les modifications et proposer à nouveau d&apos;après la demande</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Créneau :</translation>
    </message>
    <message>
        <source>Apply Plan</source>
        <translation>Appliquer le plan</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) attend this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.</source>
        <translation>
            <numerusform>%n participant est présent à ce créneau ; les ateliers accueillent de %1 à %2 personnes. Le plan proposé suit les premiers choix, dans les salles libres à ce moment-là ; modifiez les nombres ou n&apos;importe quelle ligne avant d&apos;appliquer.</numerusform>
            <numerusform>%n participants sont présents à ce créneau ; les ateliers accueillent de %1 à %2 personnes. Le plan proposé suit leurs premiers choix, dans les salles libres à ce moment-là ; modifiez les nombres ou n&apos;importe quelle ligne avant d&apos;appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshops of %1</source>
        <translation>Ateliers de %1</translation>
    </message>
    <message>
        <source>Theme of row %1</source>
        <translation>Thème de la ligne %1</translation>
    </message>
    <message>
        <source>Language of row %1</source>
        <translation>Langue de la ligne %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférente</translation>
    </message>
    <message>
        <source>Room of row %1</source>
        <translation>Salle de la ligne %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune salle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s)) — in use then</source>
        <translation>
            <numerusform>%1 (%n place) — occupée à ce moment-là</numerusform>
            <numerusform>%1 (%n places) — occupée à ce moment-là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) with %1 seats for %2 people.</source>
        <translation>
            <numerusform>%n atelier avec %1 places pour %2 personnes.</numerusform>
            <numerusform>%n ateliers avec %1 places pour %2 personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n people would have no seat: add workshops or choose bigger rooms.</source>
        <translation>
            <numerusform>⚠ %n personne n&apos;aurait pas de place : ajoutez des ateliers ou choisissez des salles plus grandes.</numerusform>
            <numerusform>⚠ %n personnes n&apos;auraient pas de place : ajoutez des ateliers ou choisissez des salles plus grandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Too many workshops: some could not reach %n people.</source>
        <translation>
            <numerusform>⚠ Trop d&apos;ateliers : certains ne pourraient pas atteindre %n personne.</numerusform>
            <numerusform>⚠ Trop d&apos;ateliers : certains ne pourraient pas atteindre %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Rooms given to two workshops: %1.</source>
        <translation>⚠ Salles attribuées à deux ateliers : %1.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n workshop(s) without a room.</source>
        <translation>
            <numerusform>⚠ %n atelier sans salle.</numerusform>
            <numerusform>⚠ %n ateliers sans salle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This slot already has %n workshop(s) and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.</source>
        <translation>
            <numerusform>⚠ Ce créneau a déjà %n atelier et %1 placement(s) : appliquer le plan les remplace. %2 personnes restent dans les ateliers conservés avec le même thème et la même langue ; les autres sont à placer de nouveau (Former les ateliers, sur la page Ateliers). Ctrl+Z annule tout le plan.</numerusform>
            <numerusform>⚠ Ce créneau a déjà %n ateliers et %1 placement(s) : appliquer le plan les remplace. %2 personnes restent dans les ateliers conservés avec le même thème et la même langue ; les autres sont à placer de nouveau (Former les ateliers, sur la page Ateliers). Ctrl+Z annule tout le plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::ExportHistory</name>
    <message>
        <source>Exports of the declaration</source>
        <translation>Exportations de la déclaration</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) and sub-point(s)</source>
        <translation>
            <numerusform>%n proposition ou sous-point</numerusform>
            <numerusform>%n propositions et sous-points</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported yet. Each export (Export…, Ctrl+E) is listed here with its language and the proposals it held.</source>
        <translation>Pas encore exportée. Chaque exportation (Exporter…, Ctrl+E) est listée ici avec sa langue et les propositions qu&apos;elle contenait.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), the latest first. Hover a row to see where it was written.</source>
        <translation>
            <numerusform>%n exportation, la plus récente en premier. Survolez une ligne pour voir où elle a été écrite.</numerusform>
            <numerusform>%n exportations, la plus récente en premier. Survolez une ligne pour voir où elle a été écrite.</numerusform>
        </translation>
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
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>cordee::FormWorkshopsDialog</name>
    <message>
        <source>Form Workshops</source>
        <translation>Former les ateliers</translation>
    </message>
    <message>
        <source>Cordée places every attending participant in a workshop of each chosen slot, holding every rule, and balances preferences, diversity and new encounters. People you pinned stay where they are; slots without workshops get them planned from the preferences and the free rooms.</source>
        <translation>Cordée place chaque participant présent dans un atelier de chaque créneau choisi, en respectant toutes les règles, et équilibre préférences, diversité et nouvelles rencontres. Les personnes que vous avez épinglées restent où elles sont ; les créneaux sans atelier en reçoivent, prévus d&apos;après les préférences et les salles libres.</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <source>This slot: %1</source>
        <translation>Ce créneau : %1</translation>
    </message>
    <message>
        <source>All workshop slots, together</source>
        <translation>Tous les créneaux d&apos;ateliers, ensemble</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>The current plan, improved (keeps most people where they are)</source>
        <translation>La répartition actuelle, améliorée (garde la plupart des personnes où elles sont)</translation>
    </message>
    <message>
        <source>Scratch (may move many people)</source>
        <translation>De zéro (peut déplacer beaucoup de personnes)</translation>
    </message>
    <message>
        <source>The same seed and forum always give the same plan; another seed, another plan of about the same quality.</source>
        <translation>La même graine sur le même forum donne toujours la même répartition ; une autre graine, une autre répartition de qualité à peu près égale.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The most time the search may take; a forum of 350 people needs about a second.</source>
        <translation>Le temps maximal que peut prendre la recherche ; un forum de 350 personnes demande environ une seconde.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Durée maximale :</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Former</translation>
    </message>
</context>
<context>
    <name>cordee::ForumDocument</name>
    <message>
        <source>This part of the declaration is computed from the forum: it cannot be written.</source>
        <translation>Cette partie de la déclaration est calculée à partir du forum : elle ne peut pas être saisie.</translation>
    </message>
    <message>
        <source>The declaration&apos;s texts could not be read.</source>
        <translation>Les textes de la déclaration n&apos;ont pas pu être lus.</translation>
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
    <message>
        <source>3. Plan the programme</source>
        <translation>3. Préparer le programme</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>Afficher le programme</translation>
    </message>
    <message>
        <source>4. Form workshops</source>
        <translation>4. Former les ateliers</translation>
    </message>
    <message>
        <source>Open Workshops</source>
        <translation>Afficher les ateliers</translation>
    </message>
    <message>
        <source>Time slots: %1 (%2 for workshops) · rooms: %3</source>
        <translation>Créneaux : %1 (dont %2 pour les ateliers) · salles : %3</translation>
    </message>
    <message>
        <source>Add days, time slots and rooms: workshops need slots of their own.</source>
        <translation>Ajoutez des jours, des créneaux et des salles : les ateliers ont besoin de créneaux qui leur sont propres.</translation>
    </message>
    <message>
        <source>Workshops: %1 · placements: %2</source>
        <translation>Ateliers : %1 · placements : %2</translation>
    </message>
    <message>
        <source>Place everyone in workshops of 10–15, mixing countries and organisations.</source>
        <translation>Placez tout le monde dans des ateliers de 10–15 personnes, en mêlant pays et organisations.</translation>
    </message>
    <message>
        <source>Change the forum&apos;s title, theme, dates, place and organizer (Ctrl+,)</source>
        <translation>Modifier le titre, le thème, les dates, le lieu et l&apos;organisateur du forum (Ctrl+,)</translation>
    </message>
    <message>
        <source>5. Capture proposals</source>
        <translation>5. Saisir les propositions</translation>
    </message>
    <message>
        <source>Open Proposals</source>
        <translation>Afficher les propositions</translation>
    </message>
    <message>
        <source>6. Curate the proposals</source>
        <translation>6. Trier les propositions</translation>
    </message>
    <message>
        <source>Curate</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>7. Write the declaration</source>
        <translation>7. Rédiger la déclaration</translation>
    </message>
    <message>
        <source>Open Synthesis</source>
        <translation>Afficher la synthèse</translation>
    </message>
    <message>
        <source>Proposals: %1 sent · %2 still drafts</source>
        <translation>Propositions : %1 envoyées · %2 encore en brouillon</translation>
    </message>
    <message>
        <source>Rapporteurs type what each workshop proposes.</source>
        <translation>Les rapporteurs saisissent ce que propose chaque atelier.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) retained for the declaration, in order.</source>
        <translation>
            <numerusform>%n proposition retenue et ordonnée pour la déclaration.</numerusform>
            <numerusform>%n propositions retenues et ordonnées pour la déclaration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge what says the same, then retain and order the proposals.</source>
        <translation>Fusionnez ce qui dit la même chose, puis retenez et ordonnez les propositions.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n time(s), last on %1.</source>
        <translation>
            <numerusform>Exportée %n fois, la dernière le %1.</numerusform>
            <numerusform>Exportée %n fois, la dernière le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the free texts, preview, and export the declaration as PDF.</source>
        <translation>Modifiez les textes libres, vérifiez l&apos;aperçu et exportez la déclaration en PDF.</translation>
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
    <name>cordee::GuestsDialog</name>
    <message>
        <source>Guests of Honour</source>
        <translation>Invités d&apos;honneur</translation>
    </message>
    <message>
        <source>The declaration thanks them at the opening, in this order. Write a title in a language only where it differs from the common one.</source>
        <translation>La déclaration les remercie en ouverture, dans cet ordre. N&apos;écrivez un titre dans une langue que s&apos;il diffère du titre commun.</translation>
    </message>
    <message>
        <source>Guests of honour</source>
        <translation>Invités d&apos;honneur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Titre en français</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Titre en espagnol</translation>
    </message>
    <message>
        <source>&amp;Add Guest</source>
        <translation>&amp;Ajouter un invité</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
</context>
<context>
    <name>cordee::GuideWindow</name>
    <message>
        <source>Cordée User Guide</source>
        <translation>Guide d&apos;utilisation de Cordée</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go back to the section read before (Alt+Left)</source>
        <translation>Revenir à la section lue auparavant (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Avancer de nouveau (Alt+Droite)</translation>
    </message>
    <message>
        <source>Back to the top of the guide</source>
        <translation>Revenir au début du guide</translation>
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
    <name>cordee::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Celle du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Cordée starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Cordée.</translation>
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
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Print Documents…</source>
        <translation>&amp;Imprimer des documents…</translation>
    </message>
    <message>
        <source>Attendance sheets, personal programmes, badges or door signs as a PDF</source>
        <translation>Feuilles d&apos;émargement, programmes personnels, badges ou affiches de porte en PDF</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
</context>
<context>
    <name>cordee::MemberList</name>
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
        <source>had this theme in an earlier slot</source>
        <translation>a déjà eu ce thème dans un créneau précédent</translation>
    </message>
    <message>
        <source>pinned here by hand</source>
        <translation>épinglé ici à la main</translation>
    </message>
    <message>
        <source>does not speak the workshop&apos;s language</source>
        <translation>ne parle pas la langue de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>cordee::MergeDialog</name>
    <message numerus="yes">
        <source>Merge %n Proposal(s)</source>
        <translation>
            <numerusform>Fusionner %n proposition</numerusform>
            <numerusform>Fusionner %n propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>These proposals become one:</source>
        <translation>Ces propositions n&apos;en forment plus qu&apos;une :</translation>
    </message>
    <message>
        <source>Text of the merged proposal</source>
        <translation>Texte de la proposition fusionnée</translation>
    </message>
    <message>
        <source>&amp;Text of the merged proposal (rewrite it as one):</source>
        <translation>&amp;Texte de la proposition fusionnée (réécrivez-le en un seul) :</translation>
    </message>
    <message>
        <source>It becomes %1, %2, in %3. The originals stay, marked &quot;merged into %1&quot;, and the history keeps where it came from. Undo takes the merge back.</source>
        <translation>Elle devient %1, %2, dans %3. Les originales restent, marquées &quot;fusionnée dans %1&quot;, et l&apos;historique garde leur provenance. Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <source>the plenary</source>
        <translation>la plénière</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>cordee::OutlineRow</name>
    <message>
        <source>Drag to move this proposal among its neighbours (or Alt+Up/Down)</source>
        <translation>Faites glisser pour déplacer cette proposition parmi ses voisines (ou Alt+Haut/Bas)</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionnée dans %1</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Proposition %1</translation>
    </message>
    <message>
        <source>Sub-point %1</source>
        <translation>Sous-point %1</translation>
    </message>
    <message>
        <source>Type a proposal…</source>
        <translation>Saisissez une proposition…</translation>
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
    <name>cordee::PlacementDetails</name>
    <message>
        <source>Why is this person here?</source>
        <translation>Pourquoi cette personne est-elle ici ?</translation>
    </message>
    <message>
        <source>Select someone on the board to see why they are in their workshop: the rank they gave its theme, who shares their country or organisation, and whom they met before.</source>
        <translation>Sélectionnez une personne sur le tableau pour voir pourquoi elle est dans son atelier : le rang qu&apos;elle a donné à son thème, qui partage son pays ou son organisation, et qui elle a déjà rencontré.</translation>
    </message>
    <message>
        <source>Not expected in this slot: they are an organizer or a guest of honour, said they would miss it, or cancelled.</source>
        <translation>Non attendu dans ce créneau : organisateur ou invité d&apos;honneur, absence annoncée, ou participation annulée.</translation>
    </message>
    <message>
        <source>In no workshop of this slot yet.</source>
        <translation>Dans aucun atelier de ce créneau pour l&apos;instant.</translation>
    </message>
    <message>
        <source>In %1 (%2), held in %3.</source>
        <translation>Dans l&apos;atelier %1 (%2), tenu en %3.</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <source>This theme is their %1.</source>
        <translation>Ce thème est son %1.</translation>
    </message>
    <message>
        <source>They did not rank this theme.</source>
        <translation>Cette personne n&apos;a pas classé ce thème.</translation>
    </message>
    <message>
        <source>Pinned here by hand: forming the workshops again keeps them here.</source>
        <translation>Épinglé ici à la main : une nouvelle formation des ateliers conserve cette personne ici.</translation>
    </message>
    <message>
        <source>Their choices</source>
        <translation>Ses choix</translation>
    </message>
    <message>
        <source>No theme ranked.</source>
        <translation>Aucun thème classé.</translation>
    </message>
    <message>
        <source>Themes of their earlier slots</source>
        <translation>Thèmes de ses créneaux précédents</translation>
    </message>
    <message>
        <source>Same country in this workshop</source>
        <translation>Même pays dans cet atelier</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Personne.</translation>
    </message>
    <message>
        <source>Same organisation in this workshop</source>
        <translation>Même organisation dans cet atelier</translation>
    </message>
    <message>
        <source>Met in an earlier slot</source>
        <translation>Déjà rencontrés dans un créneau précédent</translation>
    </message>
    <message>
        <source>Nobody: everyone here is new to them.</source>
        <translation>Personne : tout le monde ici est nouveau pour cette personne.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Not known: any workshop fits.</source>
        <translation>Inconnues : tout atelier convient.</translation>
    </message>
</context>
<context>
    <name>cordee::PrintDocumentsDialog</name>
    <message>
        <source>Print Documents</source>
        <translation>Imprimer des documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Attendance sheets</source>
        <translation>&amp;Feuilles d&apos;émargement</translation>
    </message>
    <message>
        <source>One sign-in sheet per workshop, members sorted by name.</source>
        <translation>Une feuille d&apos;émargement par atelier, membres triés par nom.</translation>
    </message>
    <message>
        <source>&amp;Personal programmes</source>
        <translation>&amp;Programmes personnels</translation>
    </message>
    <message>
        <source>One page per participant, in their language, with their workshops.</source>
        <translation>Une page par participant, dans sa langue, avec ses ateliers.</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <source>Eight to an A4 sheet, with crop marks.</source>
        <translation>Huit par feuille A4, avec traits de coupe.</translation>
    </message>
    <message>
        <source>&amp;Door signs</source>
        <translation>&amp;Affiches de porte</translation>
    </message>
    <message>
        <source>One page per room and slot, to put on the doors.</source>
        <translation>Une page par salle et par créneau, à afficher sur les portes.</translation>
    </message>
    <message>
        <source>Every slot</source>
        <translation>Tous les créneaux</translation>
    </message>
    <message>
        <source>Workshop &amp;slot:</source>
        <translation>&amp;Créneau d&apos;ateliers :</translation>
    </message>
    <message numerus="yes">
        <source>Everyone present (%n)</source>
        <translation>
            <numerusform>Toutes les personnes présentes (%n)</numerusform>
            <numerusform>Toutes les personnes présentes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected on the Participants page</source>
        <translation>
            <numerusform>La personne sélectionnée sur la page Participants</numerusform>
            <numerusform>Les %n personnes sélectionnées sur la page Participants</numerusform>
        </translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Open the PDF once written</source>
        <translation>&amp;Ouvrir le PDF une fois écrit</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>Écrire le P&amp;DF</translation>
    </message>
    <message>
        <source>Save the Document As</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeDetails</name>
    <message>
        <source>Details of the selected item</source>
        <translation>Détails de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Select an item of the grid or of the lists to see it here.</source>
        <translation>Sélectionnez un élément de la grille ou des listes pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Drag an item to another room or time; Ctrl+Z takes a move back.</source>
        <translation>Faites glisser un élément vers une autre salle ou un autre horaire ; Ctrl+Z annule un déplacement.</translation>
    </message>
    <message>
        <source>⚠ Conflicts</source>
        <translation>⚠ Conflits</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placés</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Atelier %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>%1 of %2 seats</source>
        <translation>%1 sur %2 places</translation>
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
        <source>First choice of</source>
        <translation>Premier choix de</translation>
    </message>
    <message>
        <source>Ranked by</source>
        <translation>Classé par</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeDialogs</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Keys name items in files and exports: they never change once created.</source>
        <translation>Les clés désignent les éléments dans les fichiers et les exportations : elles ne changent jamais une fois créées.</translation>
    </message>
    <message>
        <source>a key is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>une clé comporte de 1 à 64 lettres, chiffres, &apos;-&apos; ou &apos;_&apos;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used</source>
        <translation>la clé &quot;%1&quot; est déjà utilisée</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeEditor</name>
    <message>
        <source>Time slot %1 added; Ctrl+Z takes it back</source>
        <translation>Créneau %1 ajouté ; Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <source>Workshop %1 added; Ctrl+Z takes it back</source>
        <translation>Atelier %1 ajouté ; Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <source>Theme “%1” added</source>
        <translation>Thème “%1” ajouté</translation>
    </message>
    <message>
        <source>Room “%1” added</source>
        <translation>Salle “%1” ajoutée</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z brings it back</source>
        <translation>%1 — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Plan the workshops of %1</source>
        <translation>Planification des ateliers de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) planned for %1; Ctrl+Z takes the plan back</source>
        <translation>
            <numerusform>%n atelier prévu pour %1 ; Ctrl+Z annule le plan</numerusform>
            <numerusform>%n ateliers prévus pour %1 ; Ctrl+Z annule le plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeGrid</name>
    <message>
        <source>Programme grid</source>
        <translation>Grille du programme</translation>
    </message>
    <message>
        <source>Rooms by time for the chosen day. Arrow keys select an item, Alt with an arrow key moves it, Enter edits it, Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Salles et horaires du jour choisi. Les touches fléchées sélectionnent un élément, Alt avec une touche fléchée le déplace, Entrée le modifie, Ctrl+Plus et Ctrl+Moins zooment.</translation>
    </message>
    <message>
        <source>Without room</source>
        <translation>Sans salle</translation>
    </message>
    <message>
        <source>breaks, workshop slots</source>
        <translation>pauses, créneaux d&apos;ateliers</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ In conflict: see the conflicts list</source>
        <translation>⚠ En conflit : voir la liste des conflits</translation>
    </message>
    <message>
        <source>Nothing is planned on this day yet.</source>
        <translation>Rien n&apos;est encore prévu ce jour-là.</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeLists</name>
    <message>
        <source>Time slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1er choix</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
    <message>
        <source>Time Slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n plenary item(s)</source>
        <translation>
            <numerusform>%n séance plénière</numerusform>
            <numerusform>%n séances plénières</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammePage</name>
    <message>
        <source>conflict (dashed red border)</source>
        <translation>conflit (bordure rouge en pointillés)</translation>
    </message>
    <message>
        <source>Add &amp;Time Slot…</source>
        <translation>Ajouter un &amp;créneau…</translation>
    </message>
    <message>
        <source>Time Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Add a conference, round table, workshop slot or break (Ctrl+Shift+N)</source>
        <translation>Ajouter une conférence, une table ronde, un créneau d&apos;ateliers ou une pause (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Add &amp;Workshop…</source>
        <translation>Ajouter un &amp;atelier…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Add a workshop to a workshop slot (Ctrl+Shift+W)</source>
        <translation>Ajouter un atelier à un créneau d&apos;ateliers (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>Add T&amp;heme…</source>
        <translation>Ajouter un &amp;thème…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Add a theme for workshops (Ctrl+Shift+T)</source>
        <translation>Ajouter un thème pour les ateliers (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Add &amp;Room…</source>
        <translation>Ajouter une &amp;salle…</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Add a room and its seats (Ctrl+Shift+R)</source>
        <translation>Ajouter une salle et ses places (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected item (F2 or Enter)</source>
        <translation>Modifier l&apos;élément sélectionné (F2 ou Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item (Del) — Undo brings it back</source>
        <translation>Supprimer l&apos;élément sélectionné (Suppr) — Annuler le rétablit</translation>
    </message>
    <message>
        <source>&amp;Plan Workshops from Demand…</source>
        <translation>&amp;Planifier les ateliers d&apos;après la demande…</translation>
    </message>
    <message>
        <source>Plan from Demand</source>
        <translation>Planifier d&apos;après la demande</translation>
    </message>
    <message>
        <source>Propose the workshops of a slot from the participants&apos; preferences and the free rooms (Ctrl+Shift+P)</source>
        <translation>Proposer les ateliers d&apos;un créneau d&apos;après les préférences des participants et les salles libres (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Legend of the colours</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No programme yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun programme pour le moment&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This page plans the forum&apos;s days: conferences, round tables, workshop slots and breaks in a rooms × time grid, the rooms and their seats, and the themes of the workshops. Conflicts show as they arise, and the workshops of each slot can be planned from the participants&apos; preferences.</source>
        <translation>Cette page organise les journées du forum : conférences, tables rondes, créneaux d&apos;ateliers et pauses dans une grille salles × horaires, les salles et leurs places, et les thèmes des ateliers. Les conflits s&apos;affichent dès qu&apos;ils surviennent, et les ateliers de chaque créneau peuvent être planifiés d&apos;après les préférences des participants.</translation>
    </message>
    <message>
        <source>Add a time slot…</source>
        <translation>Ajouter un créneau…</translation>
    </message>
    <message>
        <source>Add a room…</source>
        <translation>Ajouter une salle…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No conflicts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun conflit&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ %n conflict(s)&lt;/b&gt; — click one to see its items</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ %n conflit&lt;/b&gt; — cliquez dessus pour voir ses éléments</numerusform>
            <numerusform>&lt;b&gt;⚠ %n conflits&lt;/b&gt; — cliquez sur l&apos;un d&apos;eux pour voir ses éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Every room holds one item at a time, every workshop fits its room and nobody leads in two places.</source>
        <translation>Chaque salle accueille un seul élément à la fois, chaque atelier tient dans sa salle et personne n&apos;a de rôle à deux endroits à la fois.</translation>
    </message>
    <message>
        <source>Show the day of %1 to move it.</source>
        <translation>Affichez le jour de %1 pour le déplacer.</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z moves it back</source>
        <translation>%1 — Ctrl+Z pour annuler le déplacement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalDetails</name>
    <message>
        <source>Proposal details and history</source>
        <translation>Détails et historique de la proposition</translation>
    </message>
    <message>
        <source>Select a proposal to see its details and its history: what it was merged from, and what it became.</source>
        <translation>Sélectionnez une proposition pour voir ses détails et son historique : ce dont elle est issue par fusion, et ce qu&apos;elle est devenue.</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Calls on</source>
        <translation>Interpelle</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Sub-point of</source>
        <translation>Sous-point de</translation>
    </message>
    <message>
        <source>Sub-points</source>
        <translation>Sous-points</translation>
    </message>
    <message numerus="yes">
        <source>Made from %n proposal(s) merged:</source>
        <translation>
            <numerusform>Issue de la fusion de %n proposition :</numerusform>
            <numerusform>Issue de la fusion de %n propositions :</numerusform>
        </translation>
    </message>
    <message>
        <source>Split from:</source>
        <translation>Scindée à partir de :</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>Fusionnée dans :</translation>
    </message>
    <message>
        <source>Split into:</source>
        <translation>Scindée en :</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Captured as it is: not merged or split.</source>
        <translation>Telle que saisie : ni fusionnée ni scindée.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Together with: %1</source>
        <translation>Avec : %1</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalFields</name>
    <message>
        <source>Theme of the proposal</source>
        <translation>Thème de la proposition</translation>
    </message>
    <message>
        <source>Status of the proposal</source>
        <translation>Statut de la proposition</translation>
    </message>
    <message>
        <source>Support in the room</source>
        <translation>Soutien dans la salle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>How many supported the proposal in the room</source>
        <translation>Combien de personnes ont soutenu la proposition dans la salle</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>S&amp;upport:</source>
        <translation>So&amp;utien :</translation>
    </message>
    <message>
        <source>Sustainable &amp;Development Goals:</source>
        <translation>Objectifs de &amp;développement durable :</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>Type a proposal to describe it here.</source>
        <translation>Saisissez une proposition pour la décrire ici.</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Proposition %1</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>Ra&amp;pporteur :</translation>
    </message>
    <message>
        <source>A&amp;ctors:</source>
        <translation>A&amp;cteurs :</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalTableModel</name>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Merged → %1</source>
        <translation>Fusionnée → %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionnée dans %1</translation>
    </message>
    <message>
        <source>Calls on: %1</source>
        <translation>Interpelle : %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
</context>
<context>
    <name>cordee::ProposalsPage</name>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Curate</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Rapporteurs type a workshop&apos;s proposals</source>
        <translation>Les rapporteurs saisissent les propositions d&apos;un atelier</translation>
    </message>
    <message>
        <source>The synthesis committee merges, retains and orders the proposals</source>
        <translation>Le comité de synthèse fusionne, retient et ordonne les propositions</translation>
    </message>
    <message>
        <source>Proposals mode</source>
        <translation>Mode des propositions</translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation>&amp;Nouvelle proposition</translation>
    </message>
    <message>
        <source>Start a proposal after the current one, in the workshop chosen (Ctrl+Shift+A)</source>
        <translation>Commencer une proposition après la proposition courante, dans l&apos;atelier choisi (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>New</source>
        <comment>toolbar</comment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected proposals into a new one; the originals stay, marked (Ctrl+M)</source>
        <translation>Fusionner les propositions sélectionnées en une nouvelle ; les originales restent, marquées (Ctrl+M)</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>Sc&amp;inder…</translation>
    </message>
    <message>
        <source>Split the proposal into several; the original stays, marked (Ctrl+Shift+M)</source>
        <translation>Scinder la proposition en plusieurs ; l&apos;originale reste, marquée (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Hand the proposal to the synthesis committee (Alt+S)</source>
        <translation>Transmettre la proposition au comité de synthèse (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation>&amp;Retenir</translation>
    </message>
    <message>
        <source>Retain the proposal for the declaration: it goes last in its order (Alt+R)</source>
        <translation>Retenir la proposition pour la déclaration : elle se place en dernier dans l&apos;ordre (Alt+R)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Reject the proposal: it stays, out of the declaration (Alt+J)</source>
        <translation>Rejeter la proposition : elle reste, hors de la déclaration (Alt+J)</translation>
    </message>
    <message>
        <source>&amp;Delete Proposals</source>
        <translation>S&amp;upprimer les propositions</translation>
    </message>
    <message>
        <source>Delete the selected proposals with their sub-points (Del) — Undo brings them back</source>
        <translation>Supprimer les propositions sélectionnées avec leurs sous-points (Suppr) — Annuler les rétablit</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make a Sub-point</source>
        <translation>En faire un sous-point</translation>
    </message>
    <message>
        <source>Make the proposal a sub-point of the one above (Tab)</source>
        <translation>Faire de la proposition un sous-point de celle du dessus (Tab)</translation>
    </message>
    <message>
        <source>Make a Proposal of Its Own</source>
        <translation>En faire une proposition à part entière</translation>
    </message>
    <message>
        <source>Take the sub-point out of its proposal (Shift+Tab)</source>
        <translation>Sortir le sous-point de sa proposition (Maj+Tab)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the proposal up among its neighbours (Alt+Up)</source>
        <translation>Monter la proposition parmi ses voisines (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the proposal down among its neighbours (Alt+Down)</source>
        <translation>Descendre la proposition parmi ses voisines (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Find Proposals</source>
        <translation>Rec&amp;hercher des propositions</translation>
    </message>
    <message>
        <source>Search every proposal, accent-blind (Ctrl+F)</source>
        <translation>Rechercher dans toutes les propositions, sans tenir compte des accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Capture Plenary Proposals</source>
        <translation>Saisir les propositions de la plénière</translation>
    </message>
    <message>
        <source>Open the Workshops Page</source>
        <translation>Ouvrir la page Ateliers</translation>
    </message>
    <message>
        <source>Open or create a forum to capture its proposals.</source>
        <translation>Ouvrez ou créez un forum pour en saisir les propositions.</translation>
    </message>
    <message>
        <source>Proposals come from the workshops: each workshop&apos;s rapporteur types what the room proposed, and the synthesis committee merges, retains and orders them for the declaration.

This forum has no workshops yet. Form them on the Workshops page, or capture the plenary&apos;s proposals now.</source>
        <translation>Les propositions viennent des ateliers : le rapporteur de chaque atelier saisit ce que la salle a proposé, et le comité de synthèse les fusionne, les retient et les ordonne pour la déclaration.

Ce forum n&apos;a pas encore d&apos;ateliers. Formez-les sur la page Ateliers, ou saisissez dès maintenant les propositions de la plénière.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>Merged into %1; the originals are kept and marked. Undo takes it back.</source>
        <translation>Fusionnées dans %1 ; les originales sont conservées et marquées. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>Scinder %1</translation>
    </message>
    <message>
        <source>%1 split; the original is kept and marked. Undo takes it back.</source>
        <translation>%1 scindée ; l&apos;originale est conservée et marquée. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 au statut %2</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) now %1.</source>
        <translation>
            <numerusform>%n proposition passée au statut %1.</numerusform>
            <numerusform>%n propositions passées au statut %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) deleted — Undo brings them back.</source>
        <translation>
            <numerusform>%n proposition supprimée — Annuler la rétablit.</numerusform>
            <numerusform>%n propositions supprimées — Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
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
    <name>cordee::RetainedOrderModel</name>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Retained proposal</source>
        <translation>Proposition retenue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>A proposal moves among its siblings only.</source>
        <translation>Une proposition ne se déplace que parmi ses sœurs.</translation>
    </message>
    <message>
        <source>Reorder the retained proposals</source>
        <translation>Réordonner les propositions retenues</translation>
    </message>
</context>
<context>
    <name>cordee::RoomDialog</name>
    <message>
        <source>Add Room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Salle Nelson Mandela</source>
        <translation>p. ex. Salle Nelson Mandela</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé :</translation>
    </message>
    <message>
        <source>Edit Room</source>
        <translation>Modifier la salle</translation>
    </message>
</context>
<context>
    <name>cordee::ScorecardStrip</name>
    <message>
        <source>Scorecard of the whole forum</source>
        <translation>Bilan de tout le forum</translation>
    </message>
    <message>
        <source>✔ No rule broken</source>
        <translation>✔ Aucune règle enfreinte</translation>
    </message>
    <message>
        <source>Everyone who attends a slot is in exactly one workshop of it, every workshop&apos;s size is within its band, everyone speaks their workshop&apos;s language, and every pin holds.</source>
        <translation>Chaque personne présente à un créneau est dans exactement un de ses ateliers, la taille de chaque atelier reste dans ses limites, chacun parle la langue de son atelier et chaque épinglage est respecté.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n rule(s) broken</source>
        <translation>
            <numerusform>⚠ %n règle enfreinte</numerusform>
            <numerusform>⚠ %n règles enfreintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>1st choice %1% · top 3 %2%</source>
        <translation>1er choix %1&#x202f;% · 3 premiers %2&#x202f;%</translation>
    </message>
    <message>
        <source>Placements in the theme people ranked 1st: %1
2nd: %2
3rd: %3
4th: %4
5th: %5
Not ranked: %6
A theme already attended: %7</source>
        <translation>Placements dans le thème classé 1er : %1
2e : %2
3e : %3
4e : %4
5e : %5
Non classé : %6
Thème déjà suivi : %7</translation>
    </message>
    <message>
        <source>Same country %1 (even spread %2)</source>
        <translation>Même pays %1 (répartition égale %2)</translation>
    </message>
    <message>
        <source>Pairs of members of a workshop from the same country, beside the fewest possible if each country were spread evenly over the workshops.
Continent: %1 (%2) · gender: %3 (%4) · category: %5 (%6)</source>
        <translation>Paires de membres d&apos;un même atelier venant du même pays, comparées au minimum possible si chaque pays était réparti également entre les ateliers.
Continent : %1 (%2) · genre : %3 (%4) · catégorie : %5 (%6)</translation>
    </message>
    <message>
        <source>Same organisation %1</source>
        <translation>Même organisation %1</translation>
    </message>
    <message>
        <source>Pairs of members of a workshop from the same organisation (names compared without accents or case).</source>
        <translation>Paires de membres d&apos;un même atelier venant de la même organisation (noms comparés sans tenir compte des accents ni de la casse).</translation>
    </message>
    <message>
        <source>Lone gender %1</source>
        <translation>Genre isolé %1</translation>
    </message>
    <message>
        <source>Workshops where one gender appears only once.</source>
        <translation>Ateliers où un genre n&apos;apparaît qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Met again %1</source>
        <translation>Retrouvailles %1</translation>
    </message>
    <message>
        <source>Pairs of people who share a workshop in more than one slot (counted once per extra meeting).</source>
        <translation>Paires de personnes qui partagent un atelier dans plus d&apos;un créneau (comptées une fois par rencontre supplémentaire).</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>The objective the formation minimises: preference costs, same-value pairs and repeated meetings, weighted (Workshops ▸ Objective Weights…).</source>
        <translation>L&apos;objectif que la formation minimise : coûts de préférence, paires de même valeur et rencontres répétées, pondérés (Ateliers ▸ Pondérations de l&apos;objectif…).</translation>
    </message>
</context>
<context>
    <name>cordee::SimilarList</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Likely the same proposal</source>
        <translation>Probablement la même proposition</translation>
    </message>
    <message>
        <source>Some words in common</source>
        <translation>Quelques mots en commun</translation>
    </message>
</context>
<context>
    <name>cordee::SplitDialog</name>
    <message>
        <source>Split Proposal %1</source>
        <translation>Scinder la proposition %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Write one proposal per box. The original stays, marked as split, and each part keeps its theme, tags and place. Undo takes the split back.</source>
        <translation>Écrivez une proposition par case. L&apos;originale reste, marquée comme scindée, et chaque partie garde son thème, ses étiquettes et sa place. Annuler revient sur la scission.</translation>
    </message>
    <message>
        <source>&amp;Add a Part</source>
        <translation>&amp;Ajouter une partie</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Scinder</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <source>Take this part away</source>
        <translation>Retirer cette partie</translation>
    </message>
    <message>
        <source>Take part %1 away</source>
        <translation>Retirer la partie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new proposal(s)</source>
        <translation>
            <numerusform>%n nouvelle proposition</numerusform>
            <numerusform>%n nouvelles propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Two parts at least</source>
        <translation>Deux parties au moins</translation>
    </message>
</context>
<context>
    <name>cordee::SynthesisPage</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the declaration as PDF, OpenDocument, HTML or Markdown; each export is kept in the forum&apos;s history (Ctrl+E)</source>
        <translation>Enregistrer la déclaration en PDF, OpenDocument, HTML ou Markdown ; chaque exportation est conservée dans l&apos;historique du forum (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the declaration as the preview shows it (Ctrl+P)</source>
        <translation>Imprimer la déclaration telle que l&apos;aperçu la montre (Ctrl+P)</translation>
    </message>
    <message>
        <source>The language the declaration is written in: its fixed sentences and dates, and the free texts you write for it</source>
        <translation>La langue dans laquelle la déclaration est écrite : ses phrases fixes et ses dates, et les textes libres que vous écrivez pour elle</translation>
    </message>
    <message>
        <source>The paper the declaration is laid out on, for PDF, ODT and printing</source>
        <translation>Le papier sur lequel la déclaration est mise en page, pour le PDF, l&apos;ODT et l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Group by Theme</source>
        <translation>&amp;Regrouper par thème</translation>
    </message>
    <message>
        <source>Write the proposals under the titles of their themes</source>
        <translation>Écrire les propositions sous le titre de leur thème</translation>
    </message>
    <message>
        <source>This page writes the forum&apos;s final declaration from its data: the figures, the guests, who took part and the retained proposals in the committee&apos;s order, with your own words around them; then exports it in English, French or Spanish and prints it. Retain proposals on the Proposals page (Curate) to begin.</source>
        <translation>Cette page écrit la déclaration finale du forum à partir de ses données : les chiffres, les invités, qui a participé et les propositions retenues dans l&apos;ordre du comité, entourés de vos propres mots ; puis elle l&apos;exporte en anglais, en français ou en espagnol et l&apos;imprime. Pour commencer, retenez des propositions sur la page Propositions (onglet Tri).</translation>
    </message>
    <message>
        <source>Open the Proposals Page</source>
        <translation>Afficher la page Propositions</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Paper: %1</source>
        <translation>Papier : %1</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Aucun forum ouvert</translation>
    </message>
    <message>
        <source>No proposal retained yet</source>
        <translation>Aucune proposition retenue pour l&apos;instant</translation>
    </message>
    <message>
        <source>declaration</source>
        <comment>file name</comment>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>Export the Declaration</source>
        <translation>Exporter la déclaration</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Declaration not exported</source>
        <translation>Déclaration non exportée</translation>
    </message>
    <message>
        <source>Cordée cannot tell the format of “%1” from its extension. Name the file with .pdf, .odt, .html or .md.</source>
        <translation>Cordée ne peut pas déduire le format de “%1” de son extension. Donnez au fichier l&apos;extension .pdf, .odt, .html ou .md.</translation>
    </message>
    <message>
        <source>The declaration could not be written to “%1”: %2

Choose a folder you can write to, or another file name.</source>
        <translation>La déclaration n&apos;a pas pu être écrite dans “%1” : %2

Choisissez un dossier accessible en écriture, ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The declaration was written to “%1”, but its export could not be recorded in the forum file.</source>
        <translation>La déclaration a été écrite dans “%1”, mais son exportation n&apos;a pas pu être enregistrée dans le fichier du forum.</translation>
    </message>
    <message>
        <source>Exported the declaration (%1, %2) to %3</source>
        <translation>Déclaration exportée (%1, %2) vers %3</translation>
    </message>
    <message>
        <source>Print the Declaration</source>
        <translation>Imprimer la déclaration</translation>
    </message>
    <message>
        <source>Declaration not printed</source>
        <translation>Déclaration non imprimée</translation>
    </message>
    <message>
        <source>Sent the declaration to %1</source>
        <translation>Déclaration envoyée vers %1</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>cordee::ThemeDialog</name>
    <message>
        <source>Add Theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Financing the social economy</source>
        <translation>p. ex. Financer l&apos;économie sociale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the workshops of this theme work on (shown to participants)</source>
        <translation>Ce sur quoi portent les ateliers de ce thème (affiché aux participants)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>Modifier le thème</translation>
    </message>
</context>
<context>
    <name>cordee::TimeSlotDialog</name>
    <message>
        <source>Add Time Slot</source>
        <translation>Ajouter un créneau</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune salle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Horaire :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Edit Time Slot</source>
        <translation>Modifier le créneau</translation>
    </message>
    <message>
        <source>Optional, e.g. Workshops of the morning</source>
        <translation>Facultatif, p. ex. Ateliers du matin</translation>
    </message>
    <message>
        <source>e.g. Opening ceremony</source>
        <translation>p. ex. Cérémonie d&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>cordee::WeightsDialog</name>
    <message>
        <source>Objective Weights</source>
        <translation>Pondérations de l&apos;objectif</translation>
    </message>
    <message>
        <source>The formation minimises F, the sum of these costs over every person, workshop and slot. Raise a weight to make the engine avoid that cost more; the rules (sizes, languages, pins) always hold whatever the weights.</source>
        <translation>La formation minimise F, la somme de ces coûts sur toutes les personnes, tous les ateliers et tous les créneaux. Augmentez une pondération pour que le moteur évite davantage ce coût ; les règles (tailles, langues, épinglages) sont toujours respectées, quelles que soient les pondérations.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>F of the current plan with these weights: %1 (now %2). Form the workshops again to optimise for them.</source>
        <translation>F de la répartition actuelle avec ces pondérations : %1 (actuellement %2). Formez à nouveau les ateliers pour optimiser selon elles.</translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopCard</name>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Atelier %1</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>%1 / %2–%3</source>
        <translation>%1 / %2–%3</translation>
    </message>
    <message>
        <source>Members, and the size the workshop must keep: at least %1, at most %2 (the forum&apos;s maximum or the room&apos;s seats)</source>
        <translation>Membres, et taille que l&apos;atelier doit respecter : au moins %1, au plus %2 (le maximum du forum ou les places de la salle)</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur : %1</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur : %1</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Unplaced participants</source>
        <translation>Participants non placés</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>Non placés (%1)</translation>
    </message>
    <message numerus="yes">
        <source>All %n attending participant(s) are in a workshop. Drop someone here to take them out of this slot.</source>
        <translation>
            <numerusform>Tous les participants présents (%n) sont dans un atelier. Déposez quelqu&apos;un ici pour le retirer de ce créneau.</numerusform>
            <numerusform>Les %n participants présents sont tous dans un atelier. Déposez quelqu&apos;un ici pour le retirer de ce créneau.</numerusform>
        </translation>
    </message>
    <message>
        <source>They attend this slot but are in no workshop, which breaks a rule: drag each into a workshop, or form the workshops again.</source>
        <translation>Ces personnes sont présentes à ce créneau mais ne sont dans aucun atelier, ce qui enfreint une règle : faites glisser chacune dans un atelier, ou formez à nouveau les ateliers.</translation>
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
        <source>Same-country pairs: %1
Same-organisation pairs: %2
Pairs who met in an earlier slot: %3</source>
        <translation>Paires du même pays : %1
Paires de la même organisation : %2
Paires déjà réunies dans un créneau précédent : %3</translation>
    </message>
    <message>
        <source>only one woman</source>
        <translation>une seule femme</translation>
    </message>
    <message>
        <source>only one man</source>
        <translation>un seul homme</translation>
    </message>
    <message numerus="yes">
        <source>%n same-organisation pair(s)</source>
        <translation>
            <numerusform>%n paire de la même organisation</numerusform>
            <numerusform>%n paires de la même organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met before</source>
        <translation>
            <numerusform>%n paire déjà réunie</numerusform>
            <numerusform>%n paires déjà réunies</numerusform>
        </translation>
    </message>
    <message>
        <source>women %1, men %2, other %3</source>
        <translation>femmes %1, hommes %2, autres %3</translation>
    </message>
    <message>
        <source>women %1, men %2</source>
        <translation>femmes %1, hommes %2</translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopDialog</name>
    <message>
        <source>Add Workshop</source>
        <translation>Ajouter un atelier</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Langue de travail</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Pas encore de salle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Optional: the theme&apos;s title is shown otherwise</source>
        <translation>Facultatif : sinon, le titre du thème est affiché</translation>
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
        <source>&amp;Slot:</source>
        <translation>&amp;Créneau :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animateur :</translation>
    </message>
    <message>
        <source>Ra&amp;pporteur:</source>
        <translation>&amp;Rapporteur :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Cl&amp;é :</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Participants with the facilitator role</source>
        <translation>Participants ayant le rôle d&apos;animateur</translation>
    </message>
    <message>
        <source>Participants with the rapporteur role</source>
        <translation>Participants ayant le rôle de rapporteur</translation>
    </message>
    <message>
        <source>Edit Workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <source>People are placed in this workshop: it stays in its slot.</source>
        <translation>Des personnes sont placées dans cet atelier : il reste dans son créneau.</translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopsPage</name>
    <message>
        <source>Workshop slots</source>
        <translation>Créneaux d&apos;ateliers</translation>
    </message>
    <message>
        <source>Find someone in this slot… (Ctrl+F)</source>
        <translation>Rechercher une personne dans ce créneau… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find someone in this slot</source>
        <translation>Rechercher une personne dans ce créneau</translation>
    </message>
    <message>
        <source>&amp;Form Workshops…</source>
        <translation>&amp;Former les ateliers…</translation>
    </message>
    <message>
        <source>Place everyone in workshops, holding every rule (Ctrl+R)</source>
        <translation>Placer tout le monde dans les ateliers, en respectant toutes les règles (Ctrl+R)</translation>
    </message>
    <message>
        <source>Objective &amp;Weights…</source>
        <translation>&amp;Pondérations de l&apos;objectif…</translation>
    </message>
    <message>
        <source>Change what the formation values most: choices, diversity, new encounters</source>
        <translation>Changer ce que la formation privilégie : choix, diversité, nouvelles rencontres</translation>
    </message>
    <message>
        <source>&amp;Pin Here</source>
        <translation>&amp;Épingler ici</translation>
    </message>
    <message>
        <source>Keep the selected person in this workshop when the workshops are formed again (Ctrl+T)</source>
        <translation>Garder la personne sélectionnée dans cet atelier lors des prochaines formations des ateliers (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected person to another workshop of this slot (Ctrl+M)</source>
        <translation>Déplacer la personne sélectionnée vers un autre atelier de ce créneau (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Take Out of Workshop</source>
        <translation>&amp;Retirer de l&apos;atelier</translation>
    </message>
    <message>
        <source>Put the selected person in the tray of people not placed (Del)</source>
        <translation>Mettre la personne sélectionnée dans le bac des personnes non placées (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Find in Slot</source>
        <translation>Rec&amp;hercher dans le créneau</translation>
    </message>
    <message>
        <source>Find someone among this slot&apos;s workshops (Ctrl+F)</source>
        <translation>Rechercher une personne parmi les ateliers de ce créneau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Next Slot</source>
        <translation>Créneau suivant</translation>
    </message>
    <message>
        <source>Previous Slot</source>
        <translation>Créneau précédent</translation>
    </message>
    <message>
        <source>Form Workshops…</source>
        <translation>Former les ateliers…</translation>
    </message>
    <message>
        <source>Open the Programme</source>
        <translation>Afficher le programme</translation>
    </message>
    <message>
        <source>This forum has no workshop slot yet. Add time slots of the kind &quot;Workshops&quot; on the Programme page; then form the workshops here.</source>
        <translation>Ce forum n&apos;a pas encore de créneau d&apos;ateliers. Ajoutez des créneaux de type &quot;Ateliers&quot; sur la page Programme, puis formez les ateliers ici.</translation>
    </message>
    <message>
        <source>No workshops in this slot yet. Form Workshops… plans them from the participants&apos; preferences and the free rooms, then places everyone.</source>
        <translation>Aucun atelier dans ce créneau pour l&apos;instant. Former les ateliers… les prévoit d&apos;après les préférences des participants et les salles libres, puis place tout le monde.</translation>
    </message>
    <message>
        <source>%1 is no longer in a workshop of this slot.</source>
        <translation>%1 n&apos;est plus dans un atelier de ce créneau.</translation>
    </message>
    <message>
        <source>%1 moved to %2 and pinned there.</source>
        <translation>%1 a été déplacé vers %2 et y est épinglé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n member(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n membre)</numerusform>
            <numerusform>%1 — %2 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found in this slot</source>
        <translation>
            <numerusform>%n personne trouvée dans ce créneau</numerusform>
            <numerusform>%n personnes trouvées dans ce créneau</numerusform>
        </translation>
    </message>
    <message>
        <source>Forming the workshops…</source>
        <translation>Formation des ateliers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Form Workshops</source>
        <translation>Former les ateliers</translation>
    </message>
    <message>
        <source>Formation cancelled: nothing changed.</source>
        <translation>Formation annulée : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The workshops could not be formed, and nothing changed.

%1</source>
        <translation>Les ateliers n&apos;ont pas pu être formés, et rien n&apos;a changé.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Form workshops (%n slot(s))</source>
        <translation>
            <numerusform>Formation des ateliers (%n créneau)</numerusform>
            <numerusform>Formation des ateliers (%n créneaux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshops formed: %n rule(s) broken, F %1.</source>
        <translation>
            <numerusform>Ateliers formés : %n règle enfreinte, F %1.</numerusform>
            <numerusform>Ateliers formés : %n règles enfreintes, F %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
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
