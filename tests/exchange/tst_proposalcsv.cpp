// Proposals as CSV: the tags format, the export's columns and order, the round trip (export then import
// gives the same proposals and history), re-import as update, and every bad input refused by row and column
// with nothing planned.
#include "proposalcsv.h"
#include "proposallineage.h"
#include "tablereader.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

QList<Workshop> workshops()
{
    return {Workshop{0, u"W1-FIN"_s, u"D1-W1"_s, u"T1"_s, {}, u"fr"_s, {}, 0, 0},
            Workshop{0, u"W1-COM"_s, u"D1-W1"_s, u"T2"_s, {}, u"en"_s, {}, 0, 0}};
}

QList<Theme> themes()
{
    return {Theme{0, u"T1"_s, u"Solidarity finance"_s, {}},
            Theme{0, u"T2"_s, u"Commons and territories"_s, {}}};
}

TextTable fixture(const QString &name)
{
    auto table = tablereader::readFile(QStringLiteral(CORDEE_FIXTURES_DIR "/proposals/") + name);
    return table ? table.value() : TextTable{};
}

TextTable fromBytes(const QByteArray &bytes)
{
    auto table = tablereader::readText(bytes);
    return table ? table.value() : TextTable{};
}

ProposalSet sortedByKey(ProposalSet set)
{
    std::sort(set.proposals.begin(), set.proposals.end(),
              [](const Proposal &a, const Proposal &b) { return a.key < b.key; });
    return set;
}

/// The good fixture imported into an empty forum.
ProposalSet goodSet()
{
    const ProposalImportPlan plan = planProposalImport(fixture(u"good.csv"_s), {}, workshops(), themes());
    return plan.edit.appliedTo({}).value();
}

/// The CSV line of the proposal `key`.
QString lineOf(const QStringList &lines, const QString &key)
{
    for (const QString &line : lines)
        if (line.startsWith(key + u','))
            return line;
    return {};
}

QString problemsText(const ProposalImportPlan &plan)
{
    QStringList lines;
    for (const ImportProblem &p : plan.problems)
        lines << u"row %1, %2: %3"_s.arg(p.row).arg(p.column, p.message);
    return lines.join(u'\n');
}

} // namespace

class TstProposalCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsRoundTrip();
    void tagsAreReadLiberally_data();
    void tagsAreReadLiberally();
    void goodFileImports();
    void exportWritesColumnsInOrder();
    void roundTripKeepsProposalsAndHistory();
    void reimportChangesNothingThenUpdates();
    void absentColumnsKeepValues();
    void emptyKeysGetNewKeys();
    void badInputIsRefusedByRow_data();
    void badInputIsRefusedByRow();
    void noKeyColumnIsUnusable();
    void unknownColumnIsAWarning();
};

void TstProposalCsv::tagsRoundTrip()
{
    const QString text = tagsToText({12, 8}, {u"UNDP"_s, u"cooperative banks"_s});
    QCOMPARE(text, u"sdg:8;sdg:12;actor:cooperative banks;actor:UNDP"_s);
    const Tags tags = parseTags(text);
    QVERIFY(tags.errors.isEmpty());
    QCOMPARE(tags.sdgs, (QList<int>{8, 12}));
    QCOMPARE(tags.actors, (QStringList{u"cooperative banks"_s, u"UNDP"_s}));
    QCOMPARE(tagsToText({}, {}), QString());
}

void TstProposalCsv::tagsAreReadLiberally_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QList<int>>("sdgs");
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<int>("errors");
    QTest::newRow("words") << u"SDG 8; ODD 12 ;ods 1"_s << QList<int>{1, 8, 12} << QStringList{} << 0;
    QTest::newRow("numbers") << u"8;13"_s << QList<int>{8, 13} << QStringList{} << 0;
    QTest::newRow("bare actors") << u"States; UNDP;;states"_s << QList<int>{}
                                 << QStringList{u"States"_s, u"UNDP"_s} << 0;
    QTest::newRow("french kind") << u"acteur:Communes"_s << QList<int>{} << QStringList{u"Communes"_s} << 0;
    QTest::newRow("goal 18") << u"sdg:18;sdg:4"_s << QList<int>{4} << QStringList{} << 1;
    QTest::newRow("goal 0") << u"0"_s << QList<int>{} << QStringList{} << 1;
    QTest::newRow("not a number") << u"sdg:eight"_s << QList<int>{} << QStringList{} << 1;
    QTest::newRow("unknown kind") << u"colour:red"_s << QList<int>{} << QStringList{} << 1;
    QTest::newRow("empty actor") << u"actor:"_s << QList<int>{} << QStringList{} << 1;
}

void TstProposalCsv::tagsAreReadLiberally()
{
    QFETCH(QString, cell);
    QFETCH(QList<int>, sdgs);
    QFETCH(QStringList, actors);
    QFETCH(int, errors);
    const Tags tags = parseTags(cell);
    QCOMPARE(tags.sdgs, sdgs);
    QCOMPARE(tags.actors, actors);
    QCOMPARE(tags.errors.size(), errors);
}

void TstProposalCsv::goodFileImports()
{
    const ProposalImportPlan plan = planProposalImport(fixture(u"good.csv"_s), {}, workshops(), themes());
    QVERIFY2(!plan.hasProblems(), qPrintable(problemsText(plan)));
    QCOMPARE(plan.created, 7);
    QCOMPARE(plan.edit.added.size(), 7);
    const ProposalSet set = plan.edit.appliedTo({}).value();
    const Proposal *p1 = set.find(u"P-0001"_s);
    QCOMPARE(p1->status, ProposalStatus::Retained);
    QCOMPARE(p1->position, 0);
    QCOMPARE(p1->theme, u"T1"_s);
    QCOMPARE(p1->sdgs, (QList<int>{8, 10}));
    QCOMPARE(p1->actors, (QStringList{u"Banques publiques"_s}));
    QCOMPARE(p1->support, 24);
    // A sub-point listed before its parent; order among siblings.
    QCOMPARE(set.childrenOf(u"P-0001"_s), (QStringList{u"P-0002"_s, u"P-0003"_s}));
    QCOMPARE(set.retainedInOrder(), (QStringList{u"P-0001"_s, u"P-0004"_s}));
    // Theme by title, SDG words, plenary, key in another case, an unknown support.
    QCOMPARE(set.find(u"P-0005"_s)->theme, u"T2"_s);
    QCOMPARE(set.find(u"P-0005"_s)->sdgs, (QList<int>{11, 15}));
    QCOMPARE(set.find(u"P-0005"_s)->support, -1);
    QVERIFY(set.find(u"P-0006"_s)->workshop.isEmpty());
    QCOMPARE(set.find(u"P-0007"_s)->theme, u"T1"_s);
    QVERIFY(set.find(u"P-0007"_s)->text.startsWith(u'='));
    const QSet<QString> workshopKeys{u"W1-FIN"_s, u"W1-COM"_s}, themeKeys{u"T1"_s, u"T2"_s};
    QVERIFY(validateProposals(set, &workshopKeys, &themeKeys).isEmpty());
}

void TstProposalCsv::exportWritesColumnsInOrder()
{
    ProposalSet set = goodSet();
    set = planMerge(set, {u"P-0004"_s, u"P-0005"_s}, u"Water and land; as commons"_s)
              .value()
              .appliedTo(set)
              .value();
    const QByteArray csv = proposalsToCsv(set);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(),
             u"key,workshop,text,status,order,parent,theme,tags,support,merged_into,sources"_s);
    QCOMPARE(lines.size(), 9);
    // The plenary first, then the workshops by key; sub-points right after their parent.
    QVERIFY(lines.at(1).startsWith(u"P-0006,,"_s));
    const qsizetype p1 = lines.indexOf(lineOf(lines, u"P-0001"_s));
    QVERIFY(lines.at(p1 + 1).startsWith(u"P-0002,"_s));
    QVERIFY(lines.at(p1 + 2).startsWith(u"P-0003,"_s));
    // The formula starter is defused; semicolons in a text are quoted; lineage on both ends.
    QVERIFY(lineOf(lines, u"P-0007"_s).contains(u",'=Publish"_s));
    QVERIFY(lineOf(lines, u"P-0008"_s).contains(u",Water and land; as commons,"_s));
    QVERIFY(lineOf(lines, u"P-0008"_s).endsWith(u",merge:P-0004;merge:P-0005"_s));
    QVERIFY(lines.filter(u"P-0004,"_s)
                .constFirst()
                .endsWith(u",merged,2,,T2,sdg:6;actor:States;actor:UNDP,31,P-0008,"_s));
}

void TstProposalCsv::roundTripKeepsProposalsAndHistory()
{
    ProposalSet set = goodSet();
    set = planMerge(set, {u"P-0004"_s, u"P-0005"_s}, u"Water and land as commons"_s)
              .value()
              .appliedTo(set)
              .value();
    set = planSplit(set, u"P-0006"_s, {u"Next forum in Dakar"_s, u"A youth delegation"_s})
              .value()
              .appliedTo(set)
              .value();
    const ProposalImportPlan plan =
        planProposalImport(fromBytes(proposalsToCsv(set)), {}, workshops(), themes());
    QVERIFY2(!plan.hasProblems(), qPrintable(problemsText(plan)));
    const ProposalSet back = plan.edit.appliedTo({}).value();
    QCOMPARE(sortedByKey(back).proposals, sortedByKey(set).proposals);
    QCOMPARE(back.lineage.size(), set.lineage.size());
    for (const LineageEdge &e : set.lineage)
        QVERIFY(back.lineage.contains(e));
}

void TstProposalCsv::reimportChangesNothingThenUpdates()
{
    const ProposalSet set = goodSet();
    const ProposalImportPlan again = planProposalImport(fixture(u"good.csv"_s), set, workshops(), themes());
    QVERIFY2(!again.hasProblems(), qPrintable(problemsText(again)));
    QCOMPARE(again.unchanged, 7);
    QVERIFY(again.edit.isEmpty());

    const QByteArray changed = "key,status,order\nP-0005,retained,3\nP-0001,retained,2\nP-0004,retained,1\n";
    const ProposalImportPlan update = planProposalImport(fromBytes(changed), set, workshops(), themes());
    QVERIFY2(!update.hasProblems(), qPrintable(problemsText(update)));
    QCOMPARE(update.updated, 3);
    QCOMPARE(update.created, 0);
    const ProposalSet after = update.edit.appliedTo(set).value();
    QCOMPARE(after.retainedInOrder(), (QStringList{u"P-0004"_s, u"P-0001"_s, u"P-0005"_s}));
}

void TstProposalCsv::absentColumnsKeepValues()
{
    const ProposalSet set = goodSet();
    const QByteArray bytes = "key,text\nP-0001,Un fonds de garantie public pour les coopératives.\n";
    const ProposalImportPlan plan = planProposalImport(fromBytes(bytes), set, workshops(), themes());
    QVERIFY(!plan.hasProblems());
    const ProposalSet after = plan.edit.appliedTo(set).value();
    const Proposal *p1 = after.find(u"P-0001"_s);
    QCOMPARE(p1->text, u"Un fonds de garantie public pour les coopératives."_s);
    QCOMPARE(p1->theme, u"T1"_s);
    QCOMPARE(p1->support, 24);
    QCOMPARE(p1->status, ProposalStatus::Retained);
    // A column that is there clears what it leaves empty.
    const QByteArray cleared = "key,theme,tags\nP-0001,,\n";
    const ProposalSet clearedSet =
        planProposalImport(fromBytes(cleared), set, workshops(), themes()).edit.appliedTo(set).value();
    const Proposal *p = clearedSet.find(u"P-0001"_s);
    QVERIFY(p->theme.isEmpty() && p->sdgs.isEmpty() && p->actors.isEmpty());
}

void TstProposalCsv::emptyKeysGetNewKeys()
{
    const ProposalSet set = goodSet();
    const QByteArray bytes =
        "key,workshop,text\n,W1-COM,First new one\nP-0100,W1-COM,Given key\n,,Second new one\n";
    const ProposalImportPlan plan = planProposalImport(fromBytes(bytes), set, workshops(), themes());
    QVERIFY2(!plan.hasProblems(), qPrintable(problemsText(plan)));
    QCOMPARE(plan.created, 3);
    QStringList keys;
    for (const Proposal &p : plan.edit.added)
        keys << p.key;
    // After the highest key in use, the file's own included.
    QCOMPARE(keys, (QStringList{u"P-0101"_s, u"P-0100"_s, u"P-0102"_s}));
    QCOMPARE(plan.edit.added.constFirst().status, ProposalStatus::Draft);
}

void TstProposalCsv::badInputIsRefusedByRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("word");
    QTest::newRow("unknown workshop") << u"bad-workshop.csv"_s << 3 << u"workshop"_s << u"W9"_s;
    QTest::newRow("bad status") << u"bad-status.csv"_s << 2 << u"status"_s << u"accepted"_s;
    QTest::newRow("order not a number") << u"bad-order.csv"_s << 2 << u"order"_s << u"first"_s;
    QTest::newRow("order 0") << u"bad-order.csv"_s << 3 << u"order"_s << u"from 1"_s;
    QTest::newRow("unknown parent") << u"unknown-parent.csv"_s << 3 << u"parent"_s << u"P-99"_s;
    QTest::newRow("parent cycle") << u"parent-cycle.csv"_s << 2 << u"parent"_s << u"P-1 → P-3 → P-2 → P-1"_s;
    QTest::newRow("duplicate key") << u"duplicate-keys.csv"_s << 4 << u"key"_s << u"row 2"_s;
    QTest::newRow("empty text") << u"empty-text.csv"_s << 3 << u"text"_s << u"empty"_s;
    QTest::newRow("sdg 18") << u"bad-tags.csv"_s << 2 << u"tags"_s << u"sdg:18"_s;
    QTest::newRow("unknown tag kind") << u"bad-tags.csv"_s << 2 << u"tags"_s << u"colour:red"_s;
    QTest::newRow("bad support") << u"bad-support.csv"_s << 2 << u"support"_s << u"many"_s;
    QTest::newRow("merged into, not merged")
        << u"merged-not-merged.csv"_s << 2 << u"merged_into"_s << u"must be merged"_s;
}

void TstProposalCsv::badInputIsRefusedByRow()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, word);
    const TextTable table = fixture(file);
    QVERIFY(!table.header.isEmpty());
    const ProposalImportPlan plan = planProposalImport(table, {}, workshops(), themes());
    QVERIFY(!plan.canWrite());
    QVERIFY(plan.edit.isEmpty());
    QVERIFY(plan.refused >= 1);
    const bool found = std::any_of(plan.problems.cbegin(), plan.problems.cend(), [&](const ImportProblem &p) {
        return p.row == row && p.column == column && p.message.contains(word) &&
               p.severity == ImportProblem::Severity::Refused;
    });
    QVERIFY2(found, qPrintable(problemsText(plan)));
}

void TstProposalCsv::noKeyColumnIsUnusable()
{
    const ProposalImportPlan plan =
        planProposalImport(fixture(u"no-key-column.csv"_s), {}, workshops(), themes());
    QVERIFY(!plan.unusable.isEmpty());
    QVERIFY(!plan.canWrite());
    QVERIFY(plan.edit.isEmpty());
}

void TstProposalCsv::unknownColumnIsAWarning()
{
    const QByteArray bytes = "key,text,notes\nP-1,Un texte,to be checked\n";
    const ProposalImportPlan plan = planProposalImport(fromBytes(bytes), {}, workshops(), themes());
    QVERIFY(plan.canWrite());
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.constFirst().row, 1);
    QCOMPARE(plan.problems.constFirst().column, u"notes"_s);
    QCOMPARE(plan.problems.constFirst().severity, ImportProblem::Severity::Warning);
    QCOMPARE(plan.edit.added.size(), 1);
    // "position" is read as order, case-blind.
    const ProposalImportPlan position =
        planProposalImport(fromBytes("KEY,Text,Position\nP-1,Un texte,4\n"), {}, workshops(), themes());
    QVERIFY(!position.hasProblems());
    QCOMPARE(position.edit.added.constFirst().position, 3);
}

QTEST_GUILESS_MAIN(TstProposalCsv)
#include "tst_proposalcsv.moc"
