<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Form workshops: %1 people × %2 slots, %n run(s) (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</source>
        <translation><numerusform>Form workshops: %1 people × %2 slots, %n run (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</numerusform><numerusform>Form workshops: %1 people × %2 slots, %n runs (F %3, lower bound %4 (+%5%), %6 broken rules, peak memory %7 MiB)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Re-form after %1 hand moves: %2 people × %3 slots, %n run(s) (%4 of %5 placements changed, F %6, %7 broken rules)</source>
        <translation><numerusform>Re-form after %1 hand moves: %2 people × %3 slots, %n run (%4 of %5 placements changed, F %6, %7 broken rules)</numerusform><numerusform>Re-form after %1 hand moves: %2 people × %3 slots, %n runs (%4 of %5 placements changed, F %6, %7 broken rules)</numerusform></translation>
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
    <name>Conflicts</name>
    <message numerus="yes">
        <source>%1 has %n member(s) but %2 seats %3 (%4)</source>
        <translation><numerusform>%1 has %n member but %2 seats %3 (%4)</numerusform><numerusform>%1 has %n members but %2 seats %3 (%4)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 may hold up to %n people (the forum's maximum) but %2 seats %3 (%4)</source>
        <translation><numerusform>%1 may hold up to %n people (the forum's maximum) but %2 seats %3 (%4)</numerusform><numerusform>%1 may hold up to %n people (the forum's maximum) but %2 seats %3 (%4)</numerusform></translation>
    </message>
</context>
<context>
    <name>Formation</name>
    <message numerus="yes">
        <source>%n participant(s) are pinned to workshop %1, which holds %2</source>
        <translation><numerusform>%n participant is pinned to workshop %1, which holds %2</numerusform><numerusform>%n participants are pinned to workshop %1, which holds %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in slot %1, %n participant(s) find no seat in a workshop whose language they speak</source>
        <translation><numerusform>in slot %1, %n participant finds no seat in a workshop whose language they speak</numerusform><numerusform>in slot %1, %n participants find no seat in a workshop whose language they speak</numerusform></translation>
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
    <name>Programme</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ranked it among their preferences</source>
        <translation><numerusform>%n participant ranked it among their preferences</numerusform><numerusform>%n participants ranked it among their preferences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The time slot %1 holds %n workshop(s): it stays a workshop slot until they are removed.</source>
        <translation><numerusform>The time slot %1 holds %n workshop: it stays a workshop slot until they are removed.</numerusform><numerusform>The time slot %1 holds %n workshops: it stays a workshop slot until they are removed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>it holds %n workshop(s) (%1)</source>
        <translation><numerusform>it holds %n workshop (%1)</numerusform><numerusform>it holds %n workshops (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) said they will miss it</source>
        <translation><numerusform>%n participant said they will miss it</numerusform><numerusform>%n participants said they will miss it</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>it is the theme of %n workshop(s) (%1)</source>
        <translation><numerusform>it is the theme of %n workshop (%1)</numerusform><numerusform>it is the theme of %n workshops (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>it is the theme of %n proposal(s)</source>
        <translation><numerusform>it is the theme of %n proposal</numerusform><numerusform>it is the theme of %n proposals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The workshop %1 cannot be removed: it holds %n proposal(s).</source>
        <translation><numerusform>The workshop %1 cannot be removed: it holds %n proposal.</numerusform><numerusform>The workshop %1 cannot be removed: it holds %n proposals.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProposalChartText</name>
    <message numerus="yes">
        <source>%n proposal(s) retained for the declaration; %1 still to decide, of %2.</source>
        <translation><numerusform>%n proposal retained for the declaration; %1 still to decide, of %2.</numerusform><numerusform>%n proposals retained for the declaration; %1 still to decide, of %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent yet from %n workshop(s): %1.</source>
        <translation><numerusform>Nothing sent yet from %n workshop: %1.</numerusform><numerusform>Nothing sent yet from %n workshops: %1.</numerusform></translation>
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
    <name>Schedule</name>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation><numerusform>%n workshop</numerusform><numerusform>%n workshops</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>The forum description has %n problem(s):</source>
        <translation><numerusform>The forum description has %n problem:</numerusform><numerusform>The forum description has %n problems:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The workshops of the slot "%1" hold %n proposal(s): they cannot be removed.</source>
        <translation><numerusform>The workshops of the slot "%1" hold %n proposal: they cannot be removed.</numerusform><numerusform>The workshops of the slot "%1" hold %n proposals: they cannot be removed.</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkshopBoard</name>
    <message numerus="yes">
        <source>%n member(s), fewer than the minimum of %1</source>
        <translation><numerusform>%n member, fewer than the minimum of %1</numerusform><numerusform>%n members, fewer than the minimum of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), more than the %1 it can hold</source>
        <translation><numerusform>%n member, more than the %1 it can hold</numerusform><numerusform>%n members, more than the %1 it can hold</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::CaptureView</name>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation><numerusform>%n proposal</numerusform><numerusform>%n proposals</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::CurateView</name>
    <message numerus="yes">
        <source>%1 of %n proposal(s) shown</source>
        <translation><numerusform>%1 of %n proposal shown</numerusform><numerusform>%1 of %n proposals shown</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::DeclarationPartsView</name>
    <message numerus="yes">
        <source>%n retained proposal(s)</source>
        <translation><numerusform>%n retained proposal</numerusform><numerusform>%n retained proposals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-point(s)</source>
        <translation><numerusform>%n sub-point</numerusform><numerusform>%n sub-points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present (cancelled excluded)</source>
        <translation><numerusform>%n participant present (cancelled excluded)</numerusform><numerusform>%n participants present (cancelled excluded)</numerusform></translation>
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
    <name>cordee::DemandPlanDialog</name>
    <message numerus="yes">
        <source>%n participant(s) attend this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.</source>
        <translation><numerusform>%n participant attends this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.</numerusform><numerusform>%n participants attend this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation><numerusform>%1 (%n seat)</numerusform><numerusform>%1 (%n seats)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s)) — in use then</source>
        <translation><numerusform>%1 (%n seat) — in use then</numerusform><numerusform>%1 (%n seats) — in use then</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) with %1 seats for %2 people.</source>
        <translation><numerusform>%n workshop with %1 seats for %2 people.</numerusform><numerusform>%n workshops with %1 seats for %2 people.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n people would have no seat: add workshops or choose bigger rooms.</source>
        <translation><numerusform>⚠ %n person would have no seat: add workshops or choose bigger rooms.</numerusform><numerusform>⚠ %n people would have no seat: add workshops or choose bigger rooms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Too many workshops: some could not reach %n people.</source>
        <translation><numerusform>⚠ Too many workshops: some could not reach %n people.</numerusform><numerusform>⚠ Too many workshops: some could not reach %n people.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n workshop(s) without a room.</source>
        <translation><numerusform>⚠ %n workshop without a room.</numerusform><numerusform>⚠ %n workshops without a room.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ This slot already has %n workshop(s) and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.</source>
        <translation><numerusform>⚠ This slot already has %n workshop and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.</numerusform><numerusform>⚠ This slot already has %n workshops and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ExportHistory</name>
    <message numerus="yes">
        <source>%n proposal(s) and sub-point(s)</source>
        <translation><numerusform>%n proposal or sub-point</numerusform><numerusform>%n proposals and sub-points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), the latest first. Hover a row to see where it was written.</source>
        <translation><numerusform>%n export, the latest first. Hover a row to see where it was written.</numerusform><numerusform>%n exports, the latest first. Hover a row to see where it was written.</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ForumPage</name>
    <message numerus="yes">
        <source>%n participant(s) registered.</source>
        <translation><numerusform>%n participant registered.</numerusform><numerusform>%n participants registered.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) retained for the declaration, in order.</source>
        <translation><numerusform>%n proposal retained for the declaration, in order.</numerusform><numerusform>%n proposals retained for the declaration, in order.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n time(s), last on %1.</source>
        <translation><numerusform>Exported %n time, last on %1.</numerusform><numerusform>Exported %n times, last on %1.</numerusform></translation>
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
    <name>cordee::MergeDialog</name>
    <message numerus="yes">
        <source>Merge %n Proposal(s)</source>
        <translation><numerusform>Merge %n Proposal</numerusform><numerusform>Merge %n Proposals</numerusform></translation>
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
<context>
    <name>cordee::PrintDocumentsDialog</name>
    <message numerus="yes">
        <source>Everyone present (%n)</source>
        <translation><numerusform>Everyone present (%n)</numerusform><numerusform>Everyone present (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected on the Participants page</source>
        <translation><numerusform>The %n selected on the Participants page</numerusform><numerusform>The %n selected on the Participants page</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeDetails</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation><numerusform>%1 (%n seat)</numerusform><numerusform>%1 (%n seats)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation><numerusform>%n workshop</numerusform><numerusform>%n workshops</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeEditor</name>
    <message numerus="yes">
        <source>%n workshop(s) planned for %1; Ctrl+Z takes the plan back</source>
        <translation><numerusform>%n workshop planned for %1; Ctrl+Z takes the plan back</numerusform><numerusform>%n workshops planned for %1; Ctrl+Z takes the plan back</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeGrid</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation><numerusform>%n seat</numerusform><numerusform>%n seats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation><numerusform>%1 (%n seat)</numerusform><numerusform>%1 (%n seats)</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammeLists</name>
    <message numerus="yes">
        <source>%n plenary item(s)</source>
        <translation><numerusform>%n plenary item</numerusform><numerusform>%n plenary items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation><numerusform>%n workshop</numerusform><numerusform>%n workshops</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProgrammePage</name>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ %n conflict(s)&lt;/b&gt; — click one to see its items</source>
        <translation><numerusform>&lt;b&gt;⚠ %n conflict&lt;/b&gt; — click one to see its items</numerusform><numerusform>&lt;b&gt;⚠ %n conflicts&lt;/b&gt; — click one to see its items</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProposalDetails</name>
    <message numerus="yes">
        <source>Made from %n proposal(s) merged:</source>
        <translation><numerusform>Made from %n proposal merged:</numerusform><numerusform>Made from %n proposals merged:</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ProposalsPage</name>
    <message numerus="yes">
        <source>%n proposal(s) now %1.</source>
        <translation><numerusform>%n proposal now %1.</numerusform><numerusform>%n proposals now %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) deleted — Undo brings them back.</source>
        <translation><numerusform>%n proposal deleted — Undo brings them back.</numerusform><numerusform>%n proposals deleted — Undo brings them back.</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::ScorecardStrip</name>
    <message numerus="yes">
        <source>⚠ %n rule(s) broken</source>
        <translation><numerusform>⚠ %n rule broken</numerusform><numerusform>⚠ %n rules broken</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::SplitDialog</name>
    <message numerus="yes">
        <source>%n new proposal(s)</source>
        <translation><numerusform>%n new proposal</numerusform><numerusform>%n new proposals</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::TimeSlotDialog</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation><numerusform>%1 (%n seat)</numerusform><numerusform>%1 (%n seats)</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopCard</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation><numerusform>%1 (%n seat)</numerusform><numerusform>%1 (%n seats)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n attending participant(s) are in a workshop. Drop someone here to take them out of this slot.</source>
        <translation><numerusform>The %n attending participant is in a workshop. Drop someone here to take them out of this slot.</numerusform><numerusform>All %n attending participants are in a workshop. Drop someone here to take them out of this slot.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation><numerusform>%n country</numerusform><numerusform>%n countries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n continent(s)</source>
        <translation><numerusform>%n continent</numerusform><numerusform>%n continents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n same-organisation pair(s)</source>
        <translation><numerusform>%n same-organisation pair</numerusform><numerusform>%n same-organisation pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met before</source>
        <translation><numerusform>%n pair met before</numerusform><numerusform>%n pairs met before</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopDialog</name>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation><numerusform>%1 (%n seat)</numerusform><numerusform>%1 (%n seats)</numerusform></translation>
    </message>
</context>
<context>
    <name>cordee::WorkshopsPage</name>
    <message numerus="yes">
        <source>%1 — %2 (%n member(s))</source>
        <translation><numerusform>%1 — %2 (%n member)</numerusform><numerusform>%1 — %2 (%n members)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found in this slot</source>
        <translation><numerusform>%n person found in this slot</numerusform><numerusform>%n people found in this slot</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Form workshops (%n slot(s))</source>
        <translation><numerusform>Form workshops (%n slot)</numerusform><numerusform>Form workshops (%n slots)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Workshops formed: %n rule(s) broken, F %1.</source>
        <translation><numerusform>Workshops formed: %n rule broken, F %1.</numerusform><numerusform>Workshops formed: %n rules broken, F %1.</numerusform></translation>
    </message>
</context>
</TS>