// The demo forum is what people see first and what the benchmarks and screenshots rely on: its promises are
// checked here.

#include "demoforum.h"

#include "countrytable.h"
#include "forumstats.h"
#include "validation.h"

#include <QSet>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

QList<Participant> counted(const ForumData &data)
{
    QList<Participant> out;
    for (const Participant &p : data.participants)
        if (p.isCounted())
            out << p;
    return out;
}

} // namespace

class TstDemoForum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void headCount();
    void countriesAndContinents();
    void aboutAThirdFrench();
    void genderBalance();
    void programme();
    void breakoutRoomCapacities();
    void isValid();
    void emailsAreUnique();
    void isDeterministic();
    void hasHelene();
    void guestsOfHonour();

private:
    ForumData m_demo;
};

void TstDemoForum::initTestCase()
{
    m_demo = makeDemoForum();
}

void TstDemoForum::headCount()
{
    QCOMPARE(counted(m_demo).size(), 350);
    QCOMPARE(ForumStats::compute(m_demo.participants).participants, 350);
    QVERIFY(m_demo.participants.size() > 350); // a few cancellations, to show how they look
}

void TstDemoForum::countriesAndContinents()
{
    const ForumStats stats = ForumStats::compute(m_demo.participants);
    QCOMPARE(stats.countries(), 45);
    QCOMPARE(stats.continents(), 5);
    // Every counted person has a real country: the 45 are not padded by typos.
    for (const Participant &p : counted(m_demo))
        QVERIFY2(CountryTable::instance().find(p.country), qPrintable(p.displayName() + u' ' + p.country));
}

void TstDemoForum::aboutAThirdFrench()
{
    const int french = ForumStats::compute(m_demo.participants).byCountry.value(u"FR"_s);
    QVERIFY2(french >= 100 && french <= 130, qPrintable(QString::number(french)));
}

void TstDemoForum::genderBalance()
{
    const ForumStats stats = ForumStats::compute(m_demo.participants);
    const double women = double(stats.byGender.value(Gender::Female)) / stats.participants;
    QVERIFY2(women >= 0.40 && women <= 0.60, qPrintable(QString::number(women)));
    QVERIFY(stats.byGender.value(Gender::Male) > 0);
}

void TstDemoForum::programme()
{
    int workshopSlots = 0;
    for (const TimeSlot &s : m_demo.timeSlots)
        workshopSlots += s.kind == SlotKind::Workshops ? 1 : 0;
    QCOMPARE(workshopSlots, 3);
    QCOMPARE(m_demo.themes.size(), 4);
    QSet<QString> themeKeys;
    for (const Theme &t : m_demo.themes)
        themeKeys.insert(t.key);
    QCOMPARE(themeKeys.size(), 4);
    for (const Participant &p : m_demo.participants) {
        QVERIFY2(!p.preferences.isEmpty(), qPrintable(p.displayName()));
        for (const QString &pref : p.preferences)
            QVERIFY(themeKeys.contains(pref));
    }
}

void TstDemoForum::breakoutRoomCapacities()
{
    QSet<QString> plenaryRooms;
    for (const TimeSlot &s : m_demo.timeSlots)
        if (!s.room.isEmpty())
            plenaryRooms.insert(s.room);
    QVERIFY(!plenaryRooms.isEmpty());
    int breakout = 0, seats = 0;
    for (const Room &r : m_demo.rooms) {
        if (plenaryRooms.contains(r.key))
            continue;
        ++breakout;
        seats += r.capacity;
        QVERIFY2(r.capacity >= 12 && r.capacity <= 30,
                 qPrintable(r.key + u' ' + QString::number(r.capacity)));
    }
    // Every counted person can sit in a workshop during the same slot.
    QVERIFY(breakout >= 20);
    QVERIFY2(seats >= 350, qPrintable(QString::number(seats)));
}

void TstDemoForum::isValid()
{
    const QList<FieldProblem> problems = validateForumData(m_demo);
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.field + u": "_s + p.message;
    QVERIFY2(problems.isEmpty(), qPrintable(lines.join(u"; "_s)));
}

void TstDemoForum::emailsAreUnique()
{
    QSet<QString> seen;
    int withEmail = 0;
    for (const Participant &p : m_demo.participants) {
        if (p.email.isEmpty())
            continue;
        ++withEmail;
        const QString folded = p.email.toLower();
        QVERIFY2(!seen.contains(folded), qPrintable(p.email));
        seen.insert(folded);
    }
    QVERIFY(withEmail > 300);
}

void TstDemoForum::isDeterministic()
{
    const ForumData again = makeDemoForum();
    QCOMPARE(again.info, m_demo.info);
    QCOMPARE(again.themes, m_demo.themes);
    QCOMPARE(again.rooms, m_demo.rooms);
    QCOMPARE(again.timeSlots, m_demo.timeSlots);
    QCOMPARE(again.workshops, m_demo.workshops);
    QVERIFY(again.declaration == m_demo.declaration);
    QCOMPARE(again.participants.size(), m_demo.participants.size());
    for (qsizetype i = 0; i < again.participants.size(); ++i)
        QVERIFY2(again.participants.at(i) == m_demo.participants.at(i), qPrintable(QString::number(i)));
    QCOMPARE(again.assignments.size(), m_demo.assignments.size());
    for (qsizetype i = 0; i < again.assignments.size(); ++i) {
        QCOMPARE(again.assignments.at(i).participantIndex, m_demo.assignments.at(i).participantIndex);
        QCOMPARE(again.assignments.at(i).workshop, m_demo.assignments.at(i).workshop);
        QCOMPARE(again.assignments.at(i).pinned, m_demo.assignments.at(i).pinned);
    }
}

void TstDemoForum::hasHelene()
{
    const auto it = std::find_if(m_demo.participants.cbegin(), m_demo.participants.cend(),
                                 [](const Participant &p) { return p.firstName == u"Hélène"; });
    QVERIFY(it != m_demo.participants.cend());
    QVERIFY(it->isCounted());
}

void TstDemoForum::guestsOfHonour()
{
    QVERIFY(!m_demo.declaration.guests.isEmpty());
    int guests = 0;
    for (const Participant &p : m_demo.participants)
        guests += p.roles.has(Role::GuestOfHonour) ? 1 : 0;
    QCOMPARE(guests, int(m_demo.declaration.guests.size()));
}

QTEST_GUILESS_MAIN(TstDemoForum)
#include "tst_demoforum.moc"
