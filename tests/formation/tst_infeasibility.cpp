// infeasibility() explains before any search why no plan can hold every hard rule: one precise sentence per
// check, the narrowest first, and nothing when counting finds no obstacle.

#include "formationfixtures.h"
#include "scorecard.h"

#include <QTest>

using namespace cordee::formation;
using namespace cordee::formation::test;
using namespace Qt::StringLiterals;

class TstInfeasibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infeasibility_data();
    void infeasibility();
};

void TstInfeasibility::infeasibility_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QStringList>(
        "expected"); // parts of the message; empty = feasible as far as counting shows

    const Problem base = example();
    QTest::newRow("feasible") << base << QStringList{};
    Problem p = base;
    p.minSize = 3;
    QTest::newRow("min above max") << p
                                   << QStringList{u"minimum workshop size (3) is above the maximum (2)"_s};
    p = base;
    p.workshops[3].slot = 5;
    QTest::newRow("workshop of no slot")
        << p << QStringList{u"Workshop 4 belongs to slot 6, which does not exist"_s};
    p = base;
    p.pins.push_back(Pin{9, 0});
    QTest::newRow("pin to nobody") << p << QStringList{u"person 10, who does not exist"_s};
    p = base;
    p.pins.push_back(Pin{0, 9});
    QTest::newRow("pin to no workshop")
        << p << QStringList{u"Person 1 is pinned to workshop 10, which does not"_s};
    p = base;
    p.slotCount = 3;
    for (Person &person : p.people)
        person.attends.push_back(true);
    QTest::newRow("slot without workshops")
        << p << QStringList{u"Slot 3 has 4 participant"_s, u"but no workshop"_s};
    p = base;
    p.workshops[1].capacity = 1;
    QTest::newRow("room below minimum")
        << p
        << QStringList{u"Workshop 2 (Soil, slot Monday) holds at most 1, fewer than the minimum size of 2"_s};
    p = base;
    p.workshops[1].language = 0;
    QTest::newRow("speaks none")
        << p << QStringList{u"Person 3 speaks none of the working languages of slot Monday (English)"_s};
    p = base;
    p.people[0].attends[0] = false;
    QTest::newRow("pin in a slot not attended")
        << p << QStringList{u"Person 1 is pinned to workshop 1"_s, u"in a slot they do not attend"_s};
    p = base;
    p.pins.push_back(Pin{0, 1});
    QTest::newRow("two pins in one slot") << p << QStringList{u"pinned to two workshops of slot Monday"_s};
    p = base;
    p.pins.push_back(Pin{2, 0});
    QTest::newRow("pin to a foreign language")
        << p
        << QStringList{u"Person 3 is pinned to workshop 1"_s, u"held in English, which they do not speak"_s};
    p = base;
    p.pins = {Pin{0, 0}, Pin{1, 0}, Pin{3, 0}, Pin{3, 0}};
    QTest::newRow("more pins than seats") << p << QStringList{u"pinned to it but holds at most 2"_s};
    p = base;
    p.people.push_back(makePerson({-1, -1, -1, -1, -1}, {}));
    QTest::newRow("too many people") << p << QStringList{u"Slot Monday has 5"_s, u"hold at most 4"_s};
    p = base;
    p.people[3].attends[1] = false;
    QTest::newRow("too few people") << p
                                    << QStringList{u"Slot Tuesday has 3"_s, u"need at least 4 (2 × 2)"_s};

    // One English workshop, three French ones; 10 to 15 each.
    p = languageSlot({0, 1, 1, 1});
    addSpeakers(p, 23, {0});
    addSpeakers(p, 22, {1});
    QTest::newRow("speak no French") << p
                                     << QStringList{u"23 participant"_s, u"speaking no French"_s,
                                                    u"the English workshops of slot 1, which hold 15"_s};
    p = languageSlot({0, 1, 1, 1});
    addSpeakers(p, 15, {0});
    addSpeakers(p, 25, {1});
    QTest::newRow("too few French speakers")
        << p << QStringList{u"Slot 1 has 3 French workshop"_s, u"only 25 participants can work in French"_s};
    p = languageSlot({0, 1, 1, 1});
    addSpeakers(p, 15, {0});
    addSpeakers(p, 30, {1});
    QTest::newRow("languages just fit") << p << QStringList{};
    p = languageSlot({0, 1, 1, 1});
    addSpeakers(p, 15, {0});
    addSpeakers(p, 8, {});
    addSpeakers(p, 22, {1, 2});
    QTest::newRow("unknown languages fit anywhere") << p << QStringList{};
    p = languageSlot({0, 1, -1});
    addSpeakers(p, 31, {0});
    addSpeakers(p, 9, {1});
    QTest::newRow("any-language workshops")
        << p
        << QStringList{u"31 participant"_s, u"speaking no French can only join the English and any-language "
                                            u"workshops of slot 1, which hold 30"_s};
    // English or Spanish speakers exceed those two workshops though each language alone has room.
    p = languageSlot({0, 1, 2});
    addSpeakers(p, 12, {0});
    addSpeakers(p, 12, {2});
    addSpeakers(p, 8, {0, 2});
    addSpeakers(p, 10, {1});
    QTest::newRow("two languages together")
        << p
        << QStringList{u"32 participant"_s, u"speaking no French can only join the English and Spanish"_s,
                       u"which hold 30"_s};
}

void TstInfeasibility::infeasibility()
{
    QFETCH(Problem, problem);
    QFETCH(QStringList, expected);
    const std::optional<QString> why = cordee::formation::infeasibility(problem);
    if (expected.isEmpty()) {
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
        return;
    }
    QVERIFY(why);
    for (const QString &part : expected)
        QVERIFY2(why->contains(part), qPrintable(*why + u" ∌ "_s + part));
}
QTEST_GUILESS_MAIN(TstInfeasibility)
#include "tst_infeasibility.moc"
