<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>median %1 ms   min %2   max %3   goal &lt; %4 ms   %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how fast Cordée handles a large forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures WHAT on a generated forum (the same on every machine) and prints, for each measurement, the median, the fastest and the slowest run against its goal. Goals are reported, never enforced: the exit code is 0 whatever the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to measure (default: participants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in the generated forum (default: 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times each measurement is repeated (default: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks (WHAT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one benchmark at a time, unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no benchmark &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a forum of N participants into the participant table, then filter it keystroke by keystroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the forum and fill the participant table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One keystroke in the participant search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created for the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the arguments and options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares an international forum from the command line: creates forum files, counts the participants and measures how fast Cordée handles large forums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 wrong usage, 2 a file or an input that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes one command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo forum into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates FILE holding the demo forum: a made-up edition of a social and solidarity economy forum with 350 participants from 45 countries on the five continents, four themes and a three-day programme. The same on every machine. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum file to create, e.g. demo.cordee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum FILE to create is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one FILE only, unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a forum file, empty or from a JSON description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the forum file FILE, either empty with a title or from a JSON description of the forum (settings, themes, rooms, time slots, workshops, declaration). An existing file is never overwritten. Each problem of a description is reported as &quot;FORUM.json: FIELD: MESSAGE&quot; and no file is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum file to create, e.g. forum.cordee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON description of the forum; see the user manual for its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:
  cordee-cli new forum.cordee --title &quot;Forum of the Alps&quot;
  cordee-cli new forum.cordee --from forum.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --title or --from, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --title TITLE or --from FORUM.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name, a forum is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable forum description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a forum&apos;s head counts by continent, category, gender and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the head counts of the forum in FILE: participants (those who cancelled are not counted), countries, continents, workshops and proposals, then the participants by continent, category, gender and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum file (.cordee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead: title, participants, countries, continents, workshops, proposals, by_continent, by_category, by_gender, by_country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the forum&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumJson</name>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a language code such as &quot;fr&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;min&quot; and &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of conference, round_table, workshops, break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>saving the forum&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The forum description has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The forum file could not be updated while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Cordée forum: it is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Cordée forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cordée (file format %2; this version reads up to %3). Update Cordée to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only; Cordée saves every change at once and needs to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in an older format: open it once in Cordée to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the file to format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not be copied: no SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum cannot be copied onto itself (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the workshops&apos; members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment names an unknown workshop or participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the forum&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the guests of honour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 is not in the forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a participant&apos;s preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theme &quot;%1&quot; in this forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no time slot &quot;%1&quot; in this forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a key must be 1–64 letters, digits, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a first or a last name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 5 theme preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is ranked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one role is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum needs at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workshop needs at least one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest workshop size is below the smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room holds at least one person (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is needed (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot falls outside the forum&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end times are needed (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50–64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest of honour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::FacetBar</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::ForumPage</name>
    <message>
        <source>The forum&apos;s journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Set up the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Register participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a forum with File ▸ New Forum, open one, or explore the demo forum (File ▸ Open Demo Forum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — edition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, dates and place are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the forum its dates and place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) registered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people who come to the forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::ForumSettingsDialog</name>
    <message>
        <source>Forum Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. International Forum of Social Economy Entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question this edition works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 639-1 codes, the forum&apos;s main language first (e.g. fr, en, es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::MainWindow</name>
    <message>
        <source>Cordée forums (*.cordee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cordée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The last change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordée — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary copy of the demo forum: use File ▸ Save a Copy As… to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Forum File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cordée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cordée %1&lt;/h3&gt;&lt;p&gt;From the participants of an international forum to its final declaration.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Country names: Debian&apos;s iso-codes (LGPL-2.1-or-later). Icons: KDE Breeze (LGPL-3.0-or-later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantDetails</name>
    <message>
        <source>Select a participant to see their details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr, en, es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO 639-1 codes, the most fluent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantTableModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantsPage</name>
    <message>
        <source>Search names, organisations, countries… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected participant (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected participants (Del) — Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, organisation or country (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No participants yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page lists everyone registered for the forum: find anyone in a keystroke, filter by country, continent, category, gender or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s) — Ctrl+Z brings them back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordee::RecentFiles</name>
    <message>
        <source>No recent forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cordée: from the participants of a forum to its final declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh temporary copy of the demo forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
