// Keys made for new programme items, and the checks of an item before it is saved.
#include "programmekeys.h"
#include "programmevalidation.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstProgrammeKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeSlotLabelInTheUiLanguage();
    void keyFromTitle_data();
    void keyFromTitle();
    void takenKeysGetANumber();
    void timeSlotKeys();
    void workshopKeys();
    void timeSlotChecks();
    void workshopChecks();
    void roomAndThemeChecks();
};

void TstProgrammeKeys::keyFromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");
    QTest::newRow("words") << QStringLiteral("Financing the SSE") << QStringLiteral("FINANCING-SSE");
    QTest::newRow("accents") << QStringLiteral("Économie sociale et solidaire")
                             << QStringLiteral("ECONOMIE-SOCIALE");
    QTest::newRow("numbers") << QStringLiteral("Salle 12") << QStringLiteral("SALLE-12");
    QTest::newRow("short words only") << QStringLiteral("La Île") << QStringLiteral("ILE");
    QTest::newRow("punctuation") << QStringLiteral("  Commons & territories!")
                                 << QStringLiteral("COMMONS-TERRITORIES");
    QTest::newRow("nothing usable") << QStringLiteral("— ? —") << QStringLiteral("ROOM");
    QTest::newRow("long word") << QStringLiteral("Intergovernmentalisation-of-everything-forever")
                               << QStringLiteral("INTERGOVERNMENTALISATION");
}

void TstProgrammeKeys::keyFromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    const QString made = cordee::keyFromTitle(title, {}, QStringLiteral("ROOM"));
    QCOMPARE(made, key);
    QVERIFY(isValidKey(made));
}

void TstProgrammeKeys::takenKeysGetANumber()
{
    const QSet<QString> taken{QStringLiteral("ATLAS"), QStringLiteral("ATLAS-2")};
    QCOMPARE(cordee::keyFromTitle(QStringLiteral("Atlas"), taken, QStringLiteral("ROOM")),
             QStringLiteral("ATLAS-3"));
}

void TstProgrammeKeys::timeSlotKeys()
{
    QSet<QString> taken{QStringLiteral("D1-W1"), QStringLiteral("D2-W2"), QStringLiteral("D2-W3"),
                        QStringLiteral("D1-CONF"), QStringLiteral("D1-BREAK")};
    QCOMPARE(timeSlotKey(3, SlotKind::Workshops, taken), QStringLiteral("D3-W4"));
    QCOMPARE(timeSlotKey(1, SlotKind::Conference, taken), QStringLiteral("D1-CONF2"));
    QCOMPARE(timeSlotKey(2, SlotKind::Conference, taken), QStringLiteral("D2-CONF"));
    QCOMPARE(timeSlotKey(1, SlotKind::Break, taken), QStringLiteral("D1-BREAK2"));
    QCOMPARE(timeSlotKey(1, SlotKind::RoundTable, taken), QStringLiteral("D1-RT"));
}

void TstProgrammeKeys::workshopKeys()
{
    const QSet<QString> taken{QStringLiteral("D1-W1-T2-fr-1")};
    QCOMPARE(workshopKey(QStringLiteral("D1-W1"), QStringLiteral("T2"), QStringLiteral("fr"), taken),
             QStringLiteral("D1-W1-T2-fr-2"));
    QCOMPARE(workshopKey(QStringLiteral("D1-W1"), QStringLiteral("T2"), QString(), taken),
             QStringLiteral("D1-W1-T2-1"));
    QCOMPARE(workshopKey(QStringLiteral("D1-W1"), QString(), QString(), taken), QStringLiteral("D1-W1-1"));
}

void TstProgrammeKeys::timeSlotChecks()
{
    ForumInfo info;
    info.startDate = QDate(2026, 10, 14);
    info.endDate = QDate(2026, 10, 16);
    const QList<Room> rooms{Room{1, QStringLiteral("A"), QStringLiteral("Atlas"), 20}};
    TimeSlot s{0,
               QStringLiteral("D1-CONF"),
               QDate(2026, 10, 14),
               QTime(9, 0),
               QTime(10, 0),
               SlotKind::Conference,
               QStringLiteral("Opening"),
               QStringLiteral("A")};
    QVERIFY(validateTimeSlot(s, info, rooms).isEmpty());

    TimeSlot late = s;
    late.date = QDate(2026, 10, 17);
    QCOMPARE(validateTimeSlot(late, info, rooms).constFirst().field, QStringLiteral("date"));
    TimeSlot backwards = s;
    backwards.end = QTime(8, 0);
    QCOMPARE(validateTimeSlot(backwards, info, rooms).constFirst().field, QStringLiteral("end"));
    TimeSlot nowhere = s;
    nowhere.room = QStringLiteral("Z");
    QCOMPARE(validateTimeSlot(nowhere, info, rooms).constFirst().field, QStringLiteral("room"));
    TimeSlot workshops = s;
    workshops.kind = SlotKind::Workshops;
    QCOMPARE(validateTimeSlot(workshops, info, rooms).constFirst().field, QStringLiteral("room"));
    const QString text = problemsText(validateTimeSlot(backwards, info, rooms));
    QVERIFY2(text.front().isUpper() && text.endsWith(u'.'), qPrintable(text));
}

void TstProgrammeKeys::workshopChecks()
{
    const QList<TimeSlot> slotList{TimeSlot{1,
                                            QStringLiteral("W"),
                                            QDate(2026, 10, 14),
                                            QTime(9, 0),
                                            QTime(10, 0),
                                            SlotKind::Workshops,
                                            {},
                                            {}},
                                   TimeSlot{2,
                                            QStringLiteral("C"),
                                            QDate(2026, 10, 14),
                                            QTime(11, 0),
                                            QTime(12, 0),
                                            SlotKind::Conference,
                                            {},
                                            {}}};
    const QList<Theme> themes{Theme{1, QStringLiteral("T1"), QStringLiteral("One"), {}}};
    const QList<Room> rooms{Room{1, QStringLiteral("A"), QStringLiteral("Atlas"), 20}};
    Workshop w;
    w.key = QStringLiteral("W-1");
    w.slot = QStringLiteral("W");
    w.theme = QStringLiteral("T1");
    w.room = QStringLiteral("A");
    w.language = QStringLiteral("fr");
    QVERIFY(validateWorkshop(w, slotList, themes, rooms).isEmpty());
    Workshop inPlenary = w;
    inPlenary.slot = QStringLiteral("C");
    QCOMPARE(validateWorkshop(inPlenary, slotList, themes, rooms).constFirst().field, QStringLiteral("slot"));
    Workshop badLanguage = w;
    badLanguage.language = QStringLiteral("xx");
    QCOMPARE(validateWorkshop(badLanguage, slotList, themes, rooms).constFirst().field,
             QStringLiteral("language"));
    Workshop samePerson = w;
    samePerson.facilitatorId = samePerson.rapporteurId = 7;
    QCOMPARE(validateWorkshop(samePerson, slotList, themes, rooms).constFirst().field,
             QStringLiteral("rapporteur"));
}

void TstProgrammeKeys::roomAndThemeChecks()
{
    QCOMPARE(validateRoom(Room{0, QStringLiteral("A"), QStringLiteral("Atlas"), 0}).constFirst().field,
             QStringLiteral("capacity"));
    QCOMPARE(validateRoom(Room{0, QStringLiteral("A"), QStringLiteral(" "), 3}).constFirst().field,
             QStringLiteral("name"));
    QCOMPARE(validateTheme(Theme{0, QStringLiteral("T"), QString(), QString()}).constFirst().field,
             QStringLiteral("title"));
}

void TstProgrammeKeys::timeSlotLabelInTheUiLanguage()
{
    const TimeSlot slot{
        0,         u"D1-W2"_s, QDate(2026, 10, 14), QTime(13, 30), QTime(15, 30), SlotKind::Workshops,
        QString(), QString()};
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(timeSlotLabel(slot), u"Wed 14 Oct · 13:30"_s);
    QCOMPARE(timeSlotLabel(slot, u" "_s), u"Wed 14 Oct 13:30"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(timeSlotLabel(slot), u"mer. 14 oct. · 13:30"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TstProgrammeKeys)
#include "tst_programmekeys.moc"
