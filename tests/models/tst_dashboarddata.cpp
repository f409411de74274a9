// The dashboard's figures on the demo forum: they equal the forum's head counts (ForumStats) and what the
// file holds, counted in SQL apart from the code under test.

#include "dashboarddata.h"
#include "demofile.h"
#include "forumdocument.h"
#include "proposalfigures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstDashboardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void continentsEqualTheStats();
    void countriesKeepTheTopAndOther();
    void gendersAndCategoriesEqualTheFile();
    void cancelledAreLeftOut();
    void slotFiguresEqualThePlacements();
    void proposalsByThemeEqualTheFile();
    void submissionsNameTheSilentWorkshops();

private:
    int sqlCount(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
};

void TstDashboardData::initTestCase()
{
    const QString path = m_dir.filePath(u"demo.cordee"_s);
    auto db = createDemoForumFile(path);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
}

int TstDashboardData::sqlCount(const QString &sql) const
{
    QSqlQuery q(m_doc->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TstDashboardData::continentsEqualTheStats()
{
    const ForumStats stats = m_doc->stats();
    const Distribution d = participantsByContinent(m_doc->participants());
    QCOMPARE(d.total, stats.participants);
    QCOMPARE(d.total, sqlCount(u"SELECT COUNT(*) FROM participant WHERE status <> 'cancelled'"_s));
    QCOMPARE(d.items.size(), stats.continents());
    for (const ChartItem &item : d.items)
        QCOMPARE(item.count, stats.byContinent.value(*vocab::continentFromKey(item.key)));
    QVERIFY(d.largest());
}

void TstDashboardData::countriesKeepTheTopAndOther()
{
    const ForumStats stats = m_doc->stats();
    const Distribution d = topCountries(m_doc->participants(), 8);
    QVERIFY(stats.countries() > 8);
    QCOMPARE(d.items.size(), 9);
    QVERIFY(d.items.last().key.isEmpty());
    int known = 0;
    for (int n : stats.byCountry)
        known += n;
    QCOMPARE(d.sum(), known);
    for (qsizetype i = 0; i + 1 < d.items.size(); ++i) {
        QCOMPARE(d.items.at(i).count, stats.byCountry.value(d.items.at(i).key));
        if (i > 0)
            QVERIFY(d.items.at(i - 1).count >= d.items.at(i).count);
    }
}

void TstDashboardData::gendersAndCategoriesEqualTheFile()
{
    const Distribution genders = participantsByGender(m_doc->participants());
    QCOMPARE(genders.sum(), genders.total);
    for (const ChartItem &item : genders.items) {
        const QString stored = item.key; // the file stores the vocabulary's keys
        QCOMPARE(item.count,
                 sqlCount(u"SELECT COUNT(*) FROM participant WHERE status <> 'cancelled' AND gender = '"_s +
                          stored + u"'"_s));
    }
    const ForumStats stats = m_doc->stats();
    const Distribution categories = participantsByCategory(m_doc->participants());
    QCOMPARE(categories.sum(), stats.participants);
    for (const ChartItem &item : categories.items)
        QCOMPARE(item.count, stats.byCategory.value(item.key.isEmpty() ? Category::Unspecified
                                                                       : *vocab::categoryFromKey(item.key)));
    const Distribution ages = participantsByAgeBand(m_doc->participants());
    QCOMPARE(ages.sum(), stats.participants);
}

void TstDashboardData::cancelledAreLeftOut()
{
    Participant a;
    a.country = u"SN"_s;
    Participant b = a;
    b.status = ParticipantStatus::Cancelled;
    Participant c;
    c.country = u"FR"_s;
    c.status = ParticipantStatus::Present;
    const Distribution d = participantsByContinent({a, b, c});
    QCOMPARE(d.total, 2);
    QCOMPARE(d.items.size(), 2);
    QCOMPARE(d.items.at(0).key, vocab::key(Continent::Africa));
    QCOMPARE(d.items.at(0).count, 1);
    QCOMPARE(topCountries({a, b, c}, 1).items.last().count, 1); // "other" holds France
}

void TstDashboardData::slotFiguresEqualThePlacements()
{
    const ForumSnapshot snapshot = m_doc->snapshot();
    const FormationModel model = buildFormationModel(snapshot);
    const QList<TimeSlot> slotList = workshopSlots(snapshot);
    QVERIFY(!slotList.isEmpty());
    for (const TimeSlot &slot : slotList) {
        const SlotFigures f = slotFigures(snapshot, model, slot.key);
        const int stored = sqlCount(u"SELECT COUNT(*) FROM assignment a JOIN time_slot s ON s.id = a.slot_id "
                                    u"JOIN participant p ON p.id = a.participant_id "
                                    u"WHERE p.status <> 'cancelled' AND s.key = '"_s +
                                    slot.key + u"'"_s);
        QCOMPARE(f.placed(), stored);
        int sizes = 0;
        for (const WorkshopFigures &w : f.workshops) {
            sizes += w.size;
            QCOMPARE(w.women + w.men + w.otherGender, w.size);
            QVERIFY(w.continents <= w.countries);
            QVERIFY(w.size == 0 || w.countries >= 1);
        }
        QCOMPARE(sizes, stored);
        QVERIFY(f.byRank.at(0) > 0); // the demo's formation gives most people their first choice
    }
}

void TstDashboardData::proposalsByThemeEqualTheFile()
{
    const QList<ThemeProposals> themes = proposalsByTheme(m_doc->proposals(), m_doc->themes());
    QVERIFY(!themes.isEmpty());
    int total = 0;
    for (const ThemeProposals &t : themes) {
        QVERIFY(t.total() > 0); // themes without proposals are left out
        total += t.total();
        for (ProposalStatus s : vocab::proposalStatuses())
            QCOMPARE(t.count(s),
                     sqlCount(u"SELECT COUNT(*) FROM proposal p LEFT JOIN theme t ON t.id = p.theme_id "
                              u"WHERE p.status = '"_s +
                              vocab::key(s) + u"' AND "_s +
                              (t.key.isEmpty() ? u"t.key IS NULL"_s : u"t.key = '"_s + t.key + u"'"_s)));
    }
    QCOMPARE(total, sqlCount(u"SELECT COUNT(*) FROM proposal"_s));
    // In the forum's order of themes.
    QCOMPARE(themes.first().key, m_doc->themes().first().key);
}

void TstDashboardData::submissionsNameTheSilentWorkshops()
{
    ForumSnapshot snapshot = m_doc->snapshot();
    const QString slot = workshopSlots(snapshot).last().key;
    QList<WorkshopSubmissions> items = submissionsBySlot(snapshot, m_doc->proposals(), slot);
    const int workshops =
        sqlCount(u"SELECT COUNT(*) FROM workshop w JOIN time_slot s ON s.id = w.slot_id WHERE s.key = '"_s +
                 slot + u"'"_s);
    QCOMPARE(int(items.size()), workshops);
    int sent = 0, drafts = 0, named = 0;
    for (const WorkshopSubmissions &w : items) {
        sent += w.sent;
        drafts += w.drafts;
        named += w.rapporteur.isEmpty() ? 0 : 1;
    }
    QCOMPARE(named, sqlCount(u"SELECT COUNT(*) FROM workshop w JOIN time_slot s ON s.id = w.slot_id "
                             u"JOIN participant p ON p.id = w.rapporteur_id WHERE s.key = '"_s +
                             slot + u"'"_s));
    const QString inSlot = u" FROM proposal p JOIN workshop w ON w.id = p.workshop_id JOIN time_slot s ON "
                           u"s.id = w.slot_id WHERE s.key = '"_s +
                           slot + u"' AND "_s;
    QCOMPARE(drafts, sqlCount(u"SELECT COUNT(*)"_s + inSlot + u"p.status = 'draft'"_s));
    QCOMPARE(sent, sqlCount(u"SELECT COUNT(*)"_s + inSlot + u"p.status <> 'draft'"_s));
    QVERIFY(drafts > 0); // the demo's last slot has rapporteurs still typing

    // A workshop whose proposals are all drafts has sent nothing: it is the one to chase.
    ProposalSet proposals = m_doc->proposals();
    const QString quiet = items.first().key;
    for (Proposal &p : proposals.proposals)
        if (p.workshop == quiet)
            p.status = ProposalStatus::Draft;
    items = submissionsBySlot(snapshot, proposals, slot);
    QCOMPARE(items.first().sent, 0);
    QVERIFY(items.first().drafts > 0);
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i).sent > 0);
}

QTEST_GUILESS_MAIN(TstDashboardData)
#include "tst_dashboarddata.moc"
