// Validation names each problem by its field or JSON path, so a person can find it in the form or the file.

#include "testsupport.h"
#include "validation.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cordee::Participant)
Q_DECLARE_METATYPE(cordee::ForumInfo)
Q_DECLARE_METATYPE(cordee::ForumData)

namespace {

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields << p.field;
    return fields;
}

QString describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.field + u": "_s + p.message;
    return lines.join(u"; "_s);
}

Participant validParticipant()
{
    Participant p = cordee::test::sampleParticipant();
    // The small forum of validateForumData() has themes T1–T3 and the slot D1-W1.
    p.preferences = {u"T2"_s, u"T1"_s};
    p.unavailableSlots = {u"D1-W1"_s};
    return p;
}

const QStringList themeKeys{u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s, u"T6"_s};
const QStringList slotKeys{u"D1-W1"_s, u"D2-W2"_s};

ForumInfo validInfo()
{
    ForumInfo info;
    info.title = u"Forum des Cimes"_s;
    info.edition = 2;
    info.city = u"Annecy"_s;
    info.country = u"FR"_s;
    info.startDate = QDate(2026, 10, 14);
    info.endDate = QDate(2026, 10, 16);
    info.languages = {u"fr"_s, u"en"_s};
    return info;
}

/// Themes T1–T3, rooms HALL and R1, a plenary slot and a workshop slot, four workshops, two people.
ForumData validData()
{
    ForumData d;
    d.info = validInfo();
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}},
                Theme{0, u"T3"_s, u"Commons"_s, {}}};
    d.rooms = {Room{0, u"HALL"_s, u"Main hall"_s, 300}, Room{0, u"R1"_s, u"Salle Mont-Blanc"_s, 15}};
    d.timeSlots = {
        TimeSlot{0, u"D1-OPEN"_s, QDate(2026, 10, 14), QTime(9, 0), QTime(10, 0), SlotKind::Conference,
                 u"Opening"_s, u"HALL"_s},
        TimeSlot{0, u"D1-W1"_s, QDate(2026, 10, 14), QTime(14, 0), QTime(16, 0), SlotKind::Workshops, {}, {}},
    };
    d.workshops = {
        Workshop{0, u"W1"_s, u"D1-W1"_s, u"T1"_s, u"R1"_s, u"fr"_s, {}, 0, 0},
        Workshop{0, u"W2"_s, u"D1-W1"_s, u"T2"_s, u"HALL"_s, u"en"_s, {}, 0, 0},
        Workshop{0, u"W3"_s, u"D1-W1"_s, u"T3"_s, {}, {}, {}, 0, 0},
        Workshop{0, u"W4"_s, u"D1-W1"_s, {}, u"R1"_s, u"es"_s, {}, 0, 0},
    };
    Participant a = validParticipant();
    Participant b;
    b.firstName = u"Aminata"_s;
    b.lastName = u"Diop"_s;
    b.country = u"SN"_s;
    b.preferences = {u"T3"_s};
    d.participants = {a, b};
    return d;
}

} // namespace

class TstValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValidEmail_data();
    void isValidEmail();
    void isValidLanguageCode_data();
    void isValidLanguageCode();
    void isValidKey_data();
    void isValidKey();
    void validateParticipant_data();
    void validateParticipant();
    void validateForumInfo_data();
    void validateForumInfo();
    void validateForumData_data();
    void validateForumData();
};

void TstValidation::isValidEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"a@b.co"_s << true;
    QTest::newRow("dotted") << u"helene.dupont@cooperative-elan.example"_s << true;
    QTest::newRow("plus and subdomain") << u"jose+forum@mail.coop.example.org"_s << true;
    QTest::newRow("underscore") << u"x_y@domaine.fr"_s << true;
    QTest::newRow("accented local part") << u"hélène@exemple.fr"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << u"helene.dupont.example.org"_s << false;
    QTest::newRow("no domain dot") << u"helene@localhost"_s << false;
    QTest::newRow("one-letter tld") << u"helene@exemple.f"_s << false;
    QTest::newRow("two ats") << u"helene@@exemple.fr"_s << false;
    QTest::newRow("at in domain") << u"a@b@exemple.fr"_s << false;
    QTest::newRow("space inside") << u"helene dupont@exemple.fr"_s << false;
    QTest::newRow("trailing space") << u"helene@exemple.fr "_s << false;
    QTest::newRow("double dot") << u"helene..dupont@exemple.fr"_s << false;
    QTest::newRow("double dot in domain") << u"helene@exemple..fr"_s << false;
    QTest::newRow("nothing before at") << u"@exemple.fr"_s << false;
    QTest::newRow("domain starts with dot") << u"helene@.fr"_s << false;
    QTest::newRow("trailing dot") << u"helene@exemple.fr."_s << false;
    QTest::newRow("angle brackets") << u"<helene@exemple.fr>"_s << false;
    QTest::newRow("comma list") << u"a@b.fr,c@d.fr"_s << false;
}

void TstValidation::isValidEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(cordee::isValidEmail(email), valid);
}

void TstValidation::isValidLanguageCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("fr") << u"fr"_s << true;
    QTest::newRow("en") << u"en"_s << true;
    QTest::newRow("wo (Wolof)") << u"wo"_s << true;
    QTest::newRow("qu (Quechua)") << u"qu"_s << true;
    QTest::newRow("upper case") << u"FR"_s << false;
    QTest::newRow("three letters") << u"fra"_s << false;
    QTest::newRow("one letter") << u"f"_s << false;
    QTest::newRow("with region") << u"fr_FR"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("not a language") << u"qq"_s << false;
    QTest::newRow("a word") << u"french"_s << false;
}

void TstValidation::isValidLanguageCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(cordee::isValidLanguageCode(code), valid);
}

void TstValidation::isValidKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("T1") << u"T1"_s << true;
    QTest::newRow("dash and underscore") << u"D1-W1_b"_s << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"T 1"_s << false;
    QTest::newRow("accent") << u"thème"_s << false;
    QTest::newRow("dot") << u"T.1"_s << false;
}

void TstValidation::isValidKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(cordee::isValidKey(key), valid);
}

void TstValidation::validateParticipant_data()
{
    QTest::addColumn<Participant>("participant");
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QStringList>("timeSlots");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");

    const Participant ok = validParticipant();
    QTest::newRow("valid") << ok << themeKeys << slotKeys << QStringList() << QString();
    QTest::newRow("valid without theme or slot lists")
        << ok << QStringList() << QStringList() << QStringList() << QString();
    Participant p = ok;
    p.lastName.clear();
    QTest::newRow("first name only") << p << themeKeys << slotKeys << QStringList() << QString();
    p = ok;
    p.firstName.clear();
    QTest::newRow("last name only") << p << themeKeys << slotKeys << QStringList() << QString();
    p = ok;
    p.firstName.clear();
    p.lastName.clear();
    QTest::newRow("no name") << p << themeKeys << slotKeys << QStringList{u"lastName"_s} << u"name"_s;
    p.firstName = u"  "_s;
    p.lastName = u"\t"_s;
    QTest::newRow("blank name") << p << themeKeys << slotKeys << QStringList{u"lastName"_s} << u"name"_s;
    p = ok;
    p.email.clear();
    QTest::newRow("no e-mail is fine") << p << themeKeys << slotKeys << QStringList() << QString();
    p.email = u"helene.dupont@"_s;
    QTest::newRow("bad e-mail") << p << themeKeys << slotKeys << QStringList{u"email"_s}
                                << u"\"helene.dupont@\""_s;
    p = ok;
    p.country = u"XX"_s;
    QTest::newRow("unknown country") << p << themeKeys << slotKeys << QStringList{u"country"_s}
                                     << u"\"XX\""_s;
    p.country = u"FRA"_s;
    QTest::newRow("alpha-3 country") << p << themeKeys << slotKeys << QStringList{u"country"_s}
                                     << u"\"FRA\""_s;
    p.country.clear();
    QTest::newRow("no country is fine") << p << themeKeys << slotKeys << QStringList() << QString();
    p = ok;
    p.languages = {u"fr"_s, u"english"_s};
    QTest::newRow("bad language") << p << themeKeys << slotKeys << QStringList{u"languages"_s}
                                  << u"\"english\""_s;
    p.languages = {u"FR"_s};
    QTest::newRow("upper-case language")
        << p << themeKeys << slotKeys << QStringList{u"languages"_s} << u"\"FR\""_s;
    p = ok;
    p.preferences = {u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s};
    QTest::newRow("5 preferences") << p << themeKeys << slotKeys << QStringList() << QString();
    p.preferences << u"T6"_s;
    QTest::newRow("6 preferences") << p << themeKeys << slotKeys << QStringList{u"preferences"_s} << u"5"_s;
    p = ok;
    p.preferences = {u"T1"_s, u"T2"_s, u"T1"_s};
    QTest::newRow("duplicate preference")
        << p << themeKeys << slotKeys << QStringList{u"preferences"_s} << u"\"T1\""_s;
    p = ok;
    p.preferences = {u"T1"_s, u"T9"_s};
    QTest::newRow("unknown theme") << p << themeKeys << slotKeys << QStringList{u"preferences"_s}
                                   << u"no theme \"T9\""_s;
    QTest::newRow("any theme without a theme list")
        << p << QStringList() << slotKeys << QStringList() << QString();
    p = ok;
    p.unavailableSlots = {u"D1-W1"_s, u"D9-W9"_s};
    QTest::newRow("unknown slot") << p << themeKeys << slotKeys << QStringList{u"unavailableSlots"_s}
                                  << u"\"D9-W9\""_s;
    QTest::newRow("any slot without a slot list")
        << p << themeKeys << QStringList() << QStringList() << QString();
    p = ok;
    p.roles = Roles();
    QTest::newRow("no role") << p << themeKeys << slotKeys << QStringList{u"roles"_s} << u"role"_s;
    p = ok;
    p.firstName.clear();
    p.lastName.clear();
    p.email = u"nope"_s;
    p.roles = Roles();
    QTest::newRow("several problems")
        << p << themeKeys << slotKeys << QStringList{u"lastName"_s, u"email"_s, u"roles"_s} << QString();
}

void TstValidation::validateParticipant()
{
    QFETCH(Participant, participant);
    QFETCH(QStringList, themes);
    QFETCH(QStringList, timeSlots);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    const QList<FieldProblem> problems = cordee::validateParticipant(participant, themes, timeSlots);
    QCOMPARE(fieldsOf(problems), fields);
    if (!message.isEmpty())
        QVERIFY2(problems.constFirst().message.contains(message), qPrintable(describe(problems)));
    for (const FieldProblem &p : problems)
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
}

void TstValidation::validateForumInfo_data()
{
    QTest::addColumn<ForumInfo>("info");
    QTest::addColumn<QStringList>("fields");

    const ForumInfo ok = validInfo();
    QTest::newRow("valid") << ok << QStringList();
    ForumInfo i = ok;
    i.startDate = QDate();
    i.endDate = QDate();
    i.country.clear();
    QTest::newRow("no dates, no country") << i << QStringList();
    i = ok;
    i.endDate = i.startDate;
    QTest::newRow("one-day forum") << i << QStringList();
    i = ok;
    i.title.clear();
    QTest::newRow("missing title") << i << QStringList{u"title"_s};
    i.title = u"   "_s;
    QTest::newRow("blank title") << i << QStringList{u"title"_s};
    i = ok;
    i.endDate = i.startDate.addDays(-1);
    QTest::newRow("end before start") << i << QStringList{u"end"_s};
    i = ok;
    i.edition = -1;
    QTest::newRow("negative edition") << i << QStringList{u"edition"_s};
    i = ok;
    i.workshopMin = 0;
    QTest::newRow("min below 1") << i << QStringList{u"workshop_size.min"_s};
    i = ok;
    i.workshopMin = 12;
    i.workshopMax = 11;
    QTest::newRow("max below min") << i << QStringList{u"workshop_size.max"_s};
    i.workshopMax = 12;
    QTest::newRow("max equal to min") << i << QStringList();
    i = ok;
    i.languages = {u"fr"_s, u"francais"_s};
    QTest::newRow("bad language") << i << QStringList{u"languages"_s};
    i.languages.clear();
    QTest::newRow("no language") << i << QStringList{u"languages"_s};
    i = ok;
    i.country = u"ZZ"_s;
    QTest::newRow("bad country") << i << QStringList{u"country"_s};
    i.country = u"fr"_s;
    QTest::newRow("lower-case country") << i << QStringList{u"country"_s};
}

void TstValidation::validateForumInfo()
{
    QFETCH(ForumInfo, info);
    QFETCH(QStringList, fields);
    const QList<FieldProblem> problems = cordee::validateForumInfo(info);
    QVERIFY2(fieldsOf(problems) == fields, qPrintable(describe(problems)));
}

void TstValidation::validateForumData_data()
{
    QTest::addColumn<ForumData>("data");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message"); ///< in the first problem's message

    const ForumData ok = validData();
    QTest::newRow("valid") << ok << QStringList() << QString();
    QTest::newRow("empty programme") << ForumData{validInfo(), {}, {}, {}, {}, {}, {}, {}} << QStringList()
                                     << QString();

    ForumData d = ok;
    d.workshops[3].room = u"R9"_s;
    QTest::newRow("workshop in unknown room")
        << d << QStringList{u"workshops[3].room"_s} << u"no room \"R9\""_s;
    d = ok;
    d.workshops[0].slot = u"D9"_s;
    QTest::newRow("workshop in unknown slot")
        << d << QStringList{u"workshops[0].slot"_s} << u"no slot \"D9\""_s;
    d = ok;
    d.workshops[1].theme = u"T9"_s;
    QTest::newRow("workshop on unknown theme")
        << d << QStringList{u"workshops[1].theme"_s} << u"no theme \"T9\""_s;
    d = ok;
    d.workshops[2].language = u"xyz"_s;
    QTest::newRow("workshop language") << d << QStringList{u"workshops[2].language"_s} << u"\"xyz\""_s;
    d = ok;
    d.rooms[1].capacity = 0;
    QTest::newRow("room capacity 0") << d << QStringList{u"rooms[1].capacity"_s} << u"0"_s;
    d.rooms[1].capacity = -5;
    QTest::newRow("negative capacity") << d << QStringList{u"rooms[1].capacity"_s} << u"-5"_s;
    d = ok;
    d.themes[2].key = u"T1"_s;
    d.workshops[2].theme = u"T1"_s;
    d.participants[1].preferences = {u"T1"_s};
    QTest::newRow("duplicate theme key") << d << QStringList{u"themes[2].key"_s} << u"\"T1\""_s;
    d = ok;
    d.rooms << Room{0, u"R1"_s, u"Another"_s, 10};
    QTest::newRow("duplicate room key") << d << QStringList{u"rooms[2].key"_s} << u"twice"_s;
    d = ok;
    const TimeSlot again = d.timeSlots.at(1);
    d.timeSlots << again;
    QTest::newRow("duplicate slot key") << d << QStringList{u"slots[2].key"_s} << u"\"D1-W1\""_s;
    d = ok;
    d.workshops[3].key = u"W1"_s;
    QTest::newRow("duplicate workshop key") << d << QStringList{u"workshops[3].key"_s} << u"\"W1\""_s;
    d = ok;
    d.themes << Theme{0, u"T 4"_s, u"Spaces"_s, {}};
    QTest::newRow("key with a space") << d << QStringList{u"themes[3].key"_s} << u"\"T 4\""_s;
    d = ok;
    d.themes[0].title = u" "_s;
    QTest::newRow("theme without title") << d << QStringList{u"themes[0].title"_s} << QString();
    d = ok;
    d.timeSlots[1].date = QDate(2026, 10, 20);
    QTest::newRow("slot after the forum") << d << QStringList{u"slots[1].date"_s} << QString();
    d.timeSlots[1].date = QDate();
    QTest::newRow("slot without date") << d << QStringList{u"slots[1].date"_s} << QString();
    d = ok;
    d.timeSlots[1].end = QTime(13, 0);
    QTest::newRow("slot ends before it starts") << d << QStringList{u"slots[1].end"_s} << QString();
    d.timeSlots[1].end = QTime();
    QTest::newRow("slot without end") << d << QStringList{u"slots[1].start"_s} << QString();
    d = ok;
    d.timeSlots[0].room = u"AUDITORIUM"_s;
    QTest::newRow("slot in unknown room") << d << QStringList{u"slots[0].room"_s} << u"\"AUDITORIUM\""_s;
    d = ok;
    d.participants[1].preferences = {u"T3"_s, u"T7"_s};
    QTest::newRow("participant prefers unknown theme")
        << d << QStringList{u"participants[1].preferences"_s} << u"no theme \"T7\""_s;
    d = ok;
    d.participants[0].unavailableSlots = {u"D5"_s};
    QTest::newRow("participant misses unknown slot")
        << d << QStringList{u"participants[0].unavailableSlots"_s} << u"\"D5\""_s;
    d = ok;
    d.participants[1].email = u"aminata@"_s;
    QTest::newRow("participant e-mail") << d << QStringList{u"participants[1].email"_s} << QString();
    d = ok;
    d.info.title.clear();
    QTest::newRow("forum without title") << d << QStringList{u"title"_s} << QString();
    d = ok;
    d.info.endDate = QDate(2026, 10, 1);
    d.timeSlots.clear();
    d.workshops.clear();
    d.participants[0].unavailableSlots.clear();
    QTest::newRow("forum ends before it starts") << d << QStringList{u"end"_s} << QString();
}

void TstValidation::validateForumData()
{
    QFETCH(ForumData, data);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    const QList<FieldProblem> problems = cordee::validateForumData(data);
    QVERIFY2(fieldsOf(problems) == fields, qPrintable(describe(problems)));
    if (!message.isEmpty())
        QVERIFY2(problems.constFirst().message.contains(message), qPrintable(describe(problems)));
}

QTEST_GUILESS_MAIN(TstValidation)
#include "tst_validation.moc"
