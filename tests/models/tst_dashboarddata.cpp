// The dashboard's figures on the demo forum: they equal the forum's head counts (ForumStats) and what the
// file holds, counted in SQL apart from the code under test.

#include "dashboarddata.h"
#include "demofile.h"
#include "forumdocument.h"

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

QTEST_GUILESS_MAIN(TstDashboardData)
#include "tst_dashboarddata.moc"
