<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation><numerusform>Delete %n participant</numerusform><numerusform>Delete %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation><numerusform>Import %n participant</numerusform><numerusform>Import %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message numerus="yes">
        <source>Row %1 has %n non-empty cell(s) beyond the last column; they were dropped.</source>
        <translation><numerusform>Row %1 has %n non-empty cell beyond the last column; they were dropped.</numerusform><numerusform>Row %1 has %n non-empty cells beyond the last column; they were dropped.</numerusform></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>The forum description has %n problem(s):</source>
        <translation><numerusform>The forum description has %n problem:</numerusform><numerusform>The forum description has %n problems:</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ForumPage</name>
    <message numerus="yes">
        <source>%n participant(s) registered.</source>
        <translation><numerusform>%n participant registered.</numerusform><numerusform>%n participants registered.</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ImportColumnsPage</name>
    <message numerus="yes">
        <source>%1 of %n column(s) will be imported.</source>
        <translation><numerusform>%1 of %n column will be imported.</numerusform><numerusform>%1 of %n columns will be imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ImportFilePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n column</numerusform><numerusform>%n columns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file, listed at the review step</source>
        <translation><numerusform>%n problem in the file, listed at the review step</numerusform><numerusform>%n problems in the file, listed at the review step</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ImportReviewPage</name>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation><numerusform>%n new participant</numerusform><numerusform>%n new participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n existing participant(s) completed</source>
        <translation><numerusform>%n existing participant completed</numerusform><numerusform>%n existing participants completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation><numerusform>%n row refused</numerusform><numerusform>%n rows refused</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::MainWindow</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation><numerusform>%n country</numerusform><numerusform>%n countries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation><numerusform>%n continent</numerusform><numerusform>%n continents</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ParticipantsPage</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n participant(s)</source>
        <translation><numerusform>Showing %1 of %n participant</numerusform><numerusform>Showing %1 of %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s) — Ctrl+Z brings them back</source>
        <translation><numerusform>Deleted %n participant — Ctrl+Z brings them back</numerusform><numerusform>Deleted %n participants — Ctrl+Z brings them back</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n participant(s); Ctrl+Z undoes the import</source>
        <translation><numerusform>Completed %n participant; Ctrl+Z undoes the import</numerusform><numerusform>Completed %n participants; Ctrl+Z undoes the import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s), completed %1; Ctrl+Z undoes the import</source>
        <translation><numerusform>Imported %n participant, completed %1; Ctrl+Z undoes the import</numerusform><numerusform>Imported %n participants, completed %1; Ctrl+Z undoes the import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1</source>
        <translation><numerusform>Exported %n participant to %1</numerusform><numerusform>Exported %n participants to %1</numerusform></translation>
    </message>
</context>
</TS>