// The models the Proposals page shows: the curation table follows the document row by row and filters by
// workshop, theme, status, tag and accent-blind text; the outlines and their edits (indent, moves that keep
// the declaration's order apart, statuses at once, grouping by theme); the retained order reordered by drop.
#include "smallprogramme.h"
#include "testsupport.h"

#include "forumdocument.h"
#include "forumfile.h"
#include "proposalcommands.h"
#include "proposalfilter.h"
#include "proposaloutline.h"
#include "proposaltablemodel.h"
#include "retainedordermodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

class TstProposalModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void tableFollowsTheDocument();
    void filterNarrows();
    void outlineIndentsAndMoves();
    void retainedKeepTheirOwnOrder();
    void statusesAtOnceAndGroupingByTheme();
    void retainedOrderDrop();

private:
    QString add(const QString &text, const QString &workshop, const QString &theme = u"T1"_s,
                const QString &parent = {});
    void retain(const QStringList &keys);
    QStringList keysOf(const QList<OutlineItem> &items) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
};

void TstProposalModels::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    auto db = createForumFile(path, cordee::test::smallProgrammeForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
}

void TstProposalModels::cleanup()
{
    m_doc.reset();
}

QString TstProposalModels::add(const QString &text, const QString &workshop, const QString &theme,
                               const QString &parent)
{
    Proposal p;
    p.workshop = workshop;
    p.text = text;
    p.theme = theme;
    p.parent = parent;
    auto planned = planAdd(m_doc->proposals(), p);
    const QString key = planned ? planned->added.constFirst().key : QString();
    return pushProposalEdit(m_doc.get(), planned, u"Add"_s) ? key : QString();
}

void TstProposalModels::retain(const QStringList &keys)
{
    QVERIFY(pushProposalEdit(
        m_doc.get(), outline::planSetStatuses(m_doc->proposals(), keys, ProposalStatus::Retained), u"R"_s));
}

QStringList TstProposalModels::keysOf(const QList<OutlineItem> &items) const
{
    QStringList keys;
    for (const OutlineItem &item : items)
        keys << item.key + QString(item.depth, u'>');
    return keys;
}

void TstProposalModels::tableFollowsTheDocument()
{
    ProposalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_doc.get());
    QCOMPARE(model.rowCount(), 0);
    const QString a = add(u"Premier"_s, u"W1-A"_s);
    const QString b = add(u"Second"_s, u"W1-A"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf(b), ProposalTableModel::Text).data().toString(), u"Second"_s);
    QCOMPARE(model.index(model.rowOf(a), ProposalTableModel::Theme).data().toString(), u"Financing"_s);
    QVERIFY(pushProposalEdit(m_doc.get(), outline::planIndent(m_doc->proposals(), b), u"Indent"_s));
    QCOMPARE(model.index(model.rowOf(b), ProposalTableModel::Text).data().toString(), u"  ↳ Second"_s);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.keyAt(0), a);
}

void TstProposalModels::filterNarrows()
{
    ProposalTableModel model;
    model.setDocument(m_doc.get());
    ProposalFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    const QString a = add(u"Créer une banque coopérative régionale"_s, u"W1-A"_s);
    const QString b = add(u"Former les élus aux communs"_s, u"W1-B"_s, u"T2"_s);
    const QString c = add(u"Une loi-cadre pour l'économie sociale"_s, QString(), QString());
    Proposal withTags = *m_doc->proposals().find(b);
    withTags.sdgs = {4, 11};
    withTags.actors = {u"Collectivités locales"_s};
    QVERIFY(pushProposalEdit(m_doc.get(), planUpdate(m_doc->proposals(), withTags), u"Tags"_s));
    QCOMPARE(filter.rowCount(), 3);

    filter.setSearchText(u"COOPERATIVE regionale"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.keyAt(0), a);
    filter.setSearchText(u"collectivites"_s); // an actor, accent-blind
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.keyAt(0), b);
    filter.setSearchText({});

    ProposalFacets facets;
    facets.workshop = QString(); // the plenary
    filter.setFacets(facets);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.keyAt(0), c);
    facets = {};
    facets.theme = u"T2"_s;
    filter.setFacets(facets);
    QCOMPARE(filter.rowCount(), 1);
    facets = {};
    facets.sdg = 11;
    filter.setFacets(facets);
    QCOMPARE(filter.keyAt(0), b);
    facets = {};
    facets.actor = u"collectivites LOCALES"_s;
    filter.setFacets(facets);
    QCOMPARE(filter.rowCount(), 1);
    facets = {};
    facets.statuses = {ProposalStatus::Retained};
    filter.setFacets(facets);
    QCOMPARE(filter.rowCount(), 0);
    retain({c});
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowOf(c), 0);
    QCOMPARE(filter.rowOf(a), -1);
}

void TstProposalModels::outlineIndentsAndMoves()
{
    const QString a = add(u"A"_s, u"W1-A"_s);
    const QString b = add(u"B"_s, u"W1-A"_s);
    const QString c = add(u"C"_s, u"W1-A"_s);
    add(u"Other workshop"_s, u"W1-B"_s);
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)), (QStringList{a, b, c}));
    QVERIFY(!outline::planIndent(m_doc->proposals(), a)); // nothing above it
    QVERIFY(pushProposalEdit(m_doc.get(), outline::planIndent(m_doc->proposals(), b), u"I"_s));
    QVERIFY(pushProposalEdit(m_doc.get(), outline::planIndent(m_doc->proposals(), c), u"I"_s));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)),
             (QStringList{a, b + u'>', c + u'>'}));
    QVERIFY(pushProposalEdit(m_doc.get(), outline::planMove(m_doc->proposals(), c, -1), u"M"_s));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)),
             (QStringList{a, c + u'>', b + u'>'}));
    // Many workshops at once: the same as one after the other.
    QCOMPARE(outline::ofWorkshops(m_doc->proposals(), {u"W1-B"_s, u"W1-A"_s}),
             outline::ofWorkshop(m_doc->proposals(), u"W1-B"_s) +
                 outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s));
    QVERIFY(pushProposalEdit(m_doc.get(), planOutdent(m_doc->proposals(), c), u"O"_s));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)), (QStringList{a, b + u'>', c}));
    // Enter after a sub-point starts a sibling under the same parent, with its theme, shown after it.
    const QList<OutlineItem> items = outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s);
    outline::DraftProposal draft = outline::draftAfter(m_doc->proposals(), u"W1-A"_s, b, u"T3"_s, 0);
    QCOMPARE(draft.proposal.parent, a);
    QCOMPARE(draft.proposal.theme, u"T1"_s);
    QCOMPARE(outline::draftPlace(m_doc->proposals(), items, draft), std::make_pair(2, 1));
    QVERIFY(!outline::planAddDraft(m_doc->proposals(), draft, QString()).value().added.isEmpty());
    auto planned = outline::planAddDraft(m_doc->proposals(), draft, u"D"_s);
    QVERIFY(planned);
    const QString d = planned->added.constFirst().key;
    QVERIFY(pushProposalEdit(m_doc.get(), planned, u"A"_s));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)),
             (QStringList{a, b + u'>', d + u'>', c}));

    // A draft after c, indented under it, then under nothing more; outdented back after c.
    draft = outline::draftAfter(m_doc->proposals(), u"W1-A"_s, c, {}, 0);
    QVERIFY(outline::indentDraft(m_doc->proposals(), draft));
    QCOMPARE(draft.proposal.parent, c);
    QVERIFY(!outline::indentDraft(m_doc->proposals(), draft));
    QCOMPARE(
        outline::draftPlace(m_doc->proposals(), outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s), draft),
        std::make_pair(4, 1));
    QVERIFY(outline::outdentDraft(m_doc->proposals(), draft));
    QCOMPARE(draft.proposal.parent, QString());
    QCOMPARE(draft.afterKey, c);
    QVERIFY(!outline::outdentDraft(m_doc->proposals(), draft));
    // A draft after the sub-point d, outdented: after its parent a and a's sub-points.
    draft = outline::draftAfter(m_doc->proposals(), u"W1-A"_s, d, {}, 0);
    QVERIFY(outline::outdentDraft(m_doc->proposals(), draft));
    QCOMPARE(draft.afterKey, a);
    planned = outline::planAddDraft(m_doc->proposals(), draft, u"E"_s);
    const QString e = planned->added.constFirst().key;
    QVERIFY(pushProposalEdit(m_doc.get(), planned, u"A"_s));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)),
             (QStringList{a, b + u'>', d + u'>', e, c}));
}

void TstProposalModels::retainedKeepTheirOwnOrder()
{
    const QString a = add(u"A"_s, u"W1-A"_s);
    const QString b = add(u"B"_s, u"W1-A"_s);
    const QString x = add(u"X"_s, u"W1-B"_s);
    const QString c = add(u"C"_s, u"W1-A"_s);
    retain({x, b, c});
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{x, b, c}));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)), (QStringList{a, b, c}));
    // b and c swap in the outline; in the declaration c takes b's place, x stays first.
    QVERIFY(pushProposalEdit(m_doc.get(), outline::planMove(m_doc->proposals(), c, -1), u"M"_s));
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{x, c, b}));
    // Between the workshop's list and the declaration's, a move is refused and says why.
    auto refused = outline::planMove(m_doc->proposals(), c, -1);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"Curate"_s));
    // Tab under the proposal just above, not under the previous retained one of the whole forum.
    auto indent = outline::planIndent(m_doc->proposals(), b);
    QVERIFY(indent);
    QCOMPARE(indent->after.constFirst().parent, c);
    // Enter after a retained proposal adds a draft at the end of the workshop's own list.
    const outline::DraftProposal draft = outline::draftAfter(m_doc->proposals(), u"W1-A"_s, c, {}, 0);
    QCOMPARE(draft.afterKey, a); // shown where it will land
    QCOMPARE(
        outline::draftPlace(m_doc->proposals(), outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s), draft),
        std::make_pair(1, 0));
    auto planned = outline::planAddDraft(m_doc->proposals(), draft, u"New"_s);
    QVERIFY(planned);
    QVERIFY(pushProposalEdit(m_doc.get(), planned, u"A"_s));
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)).size(), 4);
    QCOMPARE(keysOf(outline::ofWorkshop(m_doc->proposals(), u"W1-A"_s)).at(1),
             planned->added.constFirst().key);
}

void TstProposalModels::statusesAtOnceAndGroupingByTheme()
{
    const QString a = add(u"A"_s, u"W1-A"_s, u"T2"_s);
    const QString b = add(u"B"_s, u"W1-A"_s, u"T1"_s);
    const QString c = add(u"C"_s, u"W1-B"_s, u"T2"_s);
    const QString d = add(u"D"_s, u"W1-B"_s, QString());
    const int steps = m_doc->undoStack()->count();
    retain({d, a, b, c});
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{d, a, b, c}));
    QVERIFY(pushProposalEdit(
        m_doc.get(), outline::planGroupRetainedByTheme(m_doc->proposals(), {u"T1"_s, u"T2"_s}), u"Group"_s));
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{b, a, c, d}));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->proposals().retainedInOrder().isEmpty());
}

void TstProposalModels::retainedOrderDrop()
{
    const QString a = add(u"A"_s, u"W1-A"_s);
    const QString b = add(u"B"_s, u"W1-A"_s);
    const QString c = add(u"C"_s, u"W1-B"_s);
    const QString sub1 = add(u"a1"_s, u"W1-A"_s, u"T1"_s, a);
    const QString sub2 = add(u"a2"_s, u"W1-A"_s, u"T1"_s, a);
    retain({a, b, c});
    RetainedOrderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_doc.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.indexOf(a)), 2);
    QCOMPARE(model.indexOf(sub2).data().toString(), u"1.2. a2"_s);

    QSignalSpy moved(&model, &RetainedOrderModel::moved);
    const auto mime = [&](const QString &key) {
        auto *data = new QMimeData;
        data->setData(RetainedOrderModel::mimeType(), key.toUtf8());
        return data;
    };
    // c dropped between a and b.
    std::unique_ptr<QMimeData> data(mime(c));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{a, c, b}));
    QCOMPARE(moved.count(), 1);
    // A sub-point stays under its parent.
    data.reset(mime(sub2));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(a)));
    QCOMPARE(m_doc->proposals().childrenOf(a), (QStringList{sub2, sub1}));
    // Dropped onto a later sibling, a proposal lands after it.
    data.reset(mime(a));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOf(b)));
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{c, b, a}));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->proposals().retainedInOrder(), (QStringList{a, c, b}));
}

QTEST_GUILESS_MAIN(TstProposalModels)
#include "tst_proposalmodels.moc"
