<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation><numerusform>Delete %n participant</numerusform><numerusform>Delete %n participants</numerusform></translation>
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
</context>
</TS>