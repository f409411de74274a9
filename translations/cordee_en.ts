<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Form workshops: %1 people × %2 slots, %n run(s) (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</source>
        <translation><numerusform>Form workshops: %1 people × %2 slots, %n run (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</numerusform><numerusform>Form workshops: %1 people × %2 slots, %n runs (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</numerusform></translation>
    </message>
</context>
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
    <name>Formation</name>
    <message numerus="yes">
        <source>%n participant(s) are pinned to workshop %1, which holds %2</source>
        <translation><numerusform>%n participant are pinned to workshop %1, which holds %2</numerusform><numerusform>%n participants are pinned to workshop %1, which holds %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n participant(s) find no seat in a workshop whose language they speak</source>
        <translation><numerusform>in slot %1, %n participant find no seat in a workshop whose language they speak</numerusform><numerusform>in slot %1, %n participants find no seat in a workshop whose language they speak</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n workshop(s) cannot reach %2 participants</source>
        <translation><numerusform>in slot %1, %n workshop cannot reach %2 participants</numerusform><numerusform>in slot %1, %n workshops cannot reach %2 participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s) but no workshop</source>
        <translation><numerusform>Slot %1 has %n participant but no workshop</numerusform><numerusform>Slot %1 has %n participants but no workshop</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n participant(s) pinned to it but holds at most %2</source>
        <translation><numerusform>Workshop %1 has %n participant pinned to it but holds at most %2</numerusform><numerusform>Workshop %1 has %n participants pinned to it but holds at most %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s), but its workshops hold at most %2</source>
        <translation><numerusform>Slot %1 has %n participant, but its workshops hold at most %2</numerusform><numerusform>Slot %1 has %n participants, but its workshops hold at most %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n participant(s), but its workshops need at least %2 (%3 × %4)</source>
        <translation><numerusform>Slot %1 has %n participant, but its workshops need at least %2 (%3 × %4)</numerusform><numerusform>Slot %1 has %n participants, but its workshops need at least %2 (%3 × %4)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) speaking no %1 can only join the %2 workshops of slot %3, which hold %4</source>
        <translation><numerusform>%n participant speaking no %1 can only join the %2 workshops of slot %3, which hold %4</numerusform><numerusform>%n participants speaking no %1 can only join the %2 workshops of slot %3, which hold %4</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 has %n %2 workshop(s) of at least %3 members, but only %4 participants can work in %5</source>
        <translation><numerusform>Slot %1 has %n %2 workshop of at least %3 members, but only %4 participants can work in %5</numerusform><numerusform>Slot %1 has %n %2 workshops of at least %3 members, but only %4 participants can work in %5</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n member(s), fewer than the minimum of %2</source>
        <translation><numerusform>Workshop %1 has %n member, fewer than the minimum of %2</numerusform><numerusform>Workshop %1 has %n members, fewer than the minimum of %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Workshop %1 has %n member(s), more than its limit of %2</source>
        <translation><numerusform>Workshop %1 has %n member, more than its limit of %2</numerusform><numerusform>Workshop %1 has %n members, more than its limit of %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) broken</source>
        <translation><numerusform>%n rule broken</numerusform><numerusform>%n rules broken</numerusform></translation>
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