// Forum descriptions in JSON: a good one reads into the right forum; every refusal names the JSON path of the
// problem, so the person editing the file can find it.

#include "forumjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

QByteArray goodJson()
{
    QFile file(QStringLiteral(CORDEE_FIXTURES_DIR "/exchange/good-forum.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject goodObject()
{
    return QJsonDocument::fromJson(goodJson()).object();
}

/// "workshops[3].room" → {"workshops", "[3]", "room"}
QStringList splitPath(const QString &path)
{
    QStringList parts;
    static const QRegularExpression part(uR"(([^.\[\]]+)|(\[\d+\]))"_s);
    for (auto it = part.globalMatch(path); it.hasNext();)
        parts << it.next().captured(0);
    return parts;
}

QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (head.startsWith(u'[')) {
        QJsonArray array = node.toArray();
        const qsizetype i = head.mid(1, head.size() - 2).toInt();
        array[i] = replaced(array.at(i), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, value);
    return object;
}

/// `root` with the value at `path` replaced (or removed, for an undefined value).
QJsonObject with(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return replaced(root, splitPath(path), value).toObject();
}

QByteArray toJson(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << u"%1: %2"_s.arg(p.field, p.message);
    return lines.join(u"; "_s);
}

} // namespace

class TstForumJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsGoodDescription();
    void goodDescriptionIsValid();
    void minimalDescription();
    void refusals_data();
    void refusals();
    void malformedJson_data();
    void malformedJson();
    void nonObjectRoot_data();
    void nonObjectRoot();
    void everyProblemIsReported();
    void readerForgetsEarlierProblems();
};

void TstForumJson::initTestCase()
{
    QVERIFY2(!goodJson().isEmpty(), CORDEE_FIXTURES_DIR "/exchange/good-forum.json");
    QVERIFY(!goodObject().isEmpty());
}

void TstForumJson::readsGoodDescription()
{
    ForumJsonReader reader;
    const std::optional<ForumData> data = reader.read(goodJson());
    QVERIFY2(data.has_value(), qPrintable(describe(reader.problems())));
    QVERIFY(reader.problems().isEmpty());

    const ForumInfo &info = data->info;
    QCOMPARE(info.title, u"Andes–Alps Forum of the Social and Solidarity Economy"_s);
    QCOMPARE(info.edition, 3);
    QCOMPARE(info.theme,
             u"Cooperating across mountains: which livelihoods for the young in rural territories?"_s);
    QCOMPARE(info.city, u"Cusco"_s);
    QCOMPARE(info.country, u"PE"_s); // upper-cased
    QCOMPARE(info.startDate, QDate(2027, 4, 12));
    QCOMPARE(info.endDate, QDate(2027, 4, 14));
    QCOMPARE(info.organizer, u"Red Andina de Economía Solidaria"_s);
    QCOMPARE(info.languages, (QStringList{u"es"_s, u"fr"_s, u"en"_s})); // lower-cased
    QCOMPARE(info.workshopMin, 8);
    QCOMPARE(info.workshopMax, 14);

    QCOMPARE(data->themes.size(), 3);
    QCOMPARE(data->themes.at(0),
             (Theme{0, u"T1"_s, u"Cooperatives of young farmers"_s,
                    u"Pooling land, tools and sales so that staying in the valley pays."_s}));
    QCOMPARE(data->themes.at(1), (Theme{0, u"T2"_s, u"Solidarity finance"_s, QString()}));
    QCOMPARE(data->themes.at(2).key, u"T3"_s);

    QCOMPARE(data->rooms.size(), 4);
    QCOMPARE(data->rooms.at(0), (Room{0, u"HALL"_s, u"Auditorio Qorikancha"_s, 300}));
    QCOMPARE(data->rooms.at(1), (Room{0, u"R1"_s, u"Sala Illimani"_s, 16}));
    QCOMPARE(data->rooms.at(3),
             (Room{0, u"R3"_s, u"R3"_s, 15})); // a room without a name is called by its key

    QCOMPARE(data->timeSlots.size(), 4);
    QCOMPARE(data->timeSlots.at(0),
             (TimeSlot{0, u"D1-OPEN"_s, QDate(2027, 4, 12), QTime(9, 30), QTime(10, 30), SlotKind::Conference,
                       u"Opening and welcome of the delegations"_s, u"HALL"_s}));
    QCOMPARE(data->timeSlots.at(1), (TimeSlot{0, u"D1-W1"_s, QDate(2027, 4, 12), QTime(11, 0), QTime(13, 0),
                                              SlotKind::Workshops, QString(), QString()}));
    QCOMPARE(data->timeSlots.at(2).kind, SlotKind::Break);
    QCOMPARE(data->timeSlots.at(3).kind, SlotKind::RoundTable);
    QCOMPARE(data->timeSlots.at(3).date, QDate(2027, 4, 13));

    QCOMPARE(data->workshops.size(), 4);
    QCOMPARE(data->workshops.at(0), (Workshop{0, u"W1-T1"_s, u"D1-W1"_s, u"T1"_s, u"R1"_s, u"es"_s,
                                              u"Sharing machines between farms"_s, 0, 0}));
    QCOMPARE(data->workshops.at(3),
             (Workshop{0, u"W1-OPEN"_s, u"D1-W1"_s, QString(), u"R3"_s, QString(), QString(), 0, 0}));

    QCOMPARE(data->declaration.patronage,
             u"This third edition was held under the patronage of the Regional Government of Cusco."_s);
    QCOMPARE(data->declaration.guests.size(), 2);
    QCOMPARE(data->declaration.guests.at(0).name, u"Rosa Huamán Quispe"_s);
    QCOMPARE(data->declaration.guests.at(0).title, u"Regional Governor of Cusco"_s);
    QVERIFY(data->declaration.guests.at(1) == (Guest{u"Jérôme Favre"_s, QString()}));
    QVERIFY(data->declaration.conclusion.startsWith(u"The participants commit"_s));
    QCOMPARE(data->declaration.decisionIntro, u"They therefore resolve to:"_s);
    // Each language's own wording, part by part; the parts it leaves out take the base's.
    QCOMPARE(data->declaration.translations.keys(), (QStringList{u"es"_s, u"fr"_s}));
    QVERIFY(data->declaration.translations[u"es"_s].patronage.startsWith(u"Esta tercera edición"_s));
    QCOMPARE(data->declaration.inLanguage(u"es"_s).decisionIntro, u"Por consiguiente, resuelven:"_s);
    QCOMPARE(data->declaration.inLanguage(u"fr"_s).decisionIntro, u"They therefore resolve to:"_s);
    QVERIFY(data->declaration.inLanguage(u"fr"_s).patronage.startsWith(u"Cette troisième édition"_s));
    QCOMPARE(data->declaration.guests.at(0).titleIn(u"fr"_s), u"Gouverneure régionale de Cusco"_s);
    QCOMPARE(data->declaration.guests.at(0).titleIn(u"en"_s), u"Regional Governor of Cusco"_s);

    QVERIFY(data->participants.isEmpty());
    QVERIFY(data->assignments.isEmpty());
}

void TstForumJson::goodDescriptionIsValid()
{
    ForumJsonReader reader;
    const auto data = reader.read(goodJson());
    QVERIFY(data.has_value());
    QVERIFY2(validateForumData(*data).isEmpty(), qPrintable(describe(validateForumData(*data))));
}

void TstForumJson::minimalDescription()
{
    ForumJsonReader reader;
    const auto data = reader.read(R"({"title": "  Forum  "})");
    QVERIFY2(data.has_value(), qPrintable(describe(reader.problems())));
    QCOMPARE(data->info.title, u"Forum"_s);
    QCOMPARE(data->info.languages, QStringList{u"en"_s});
    QCOMPARE(data->info.workshopMin, ForumInfo::DefaultWorkshopMin);
    QCOMPARE(data->info.workshopMax, ForumInfo::DefaultWorkshopMax);
    QVERIFY(data->themes.isEmpty());
    QVERIFY(!data->info.startDate.isValid());
}

void TstForumJson::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QJsonObject good = goodObject();
    const QJsonValue removed(QJsonValue::Undefined); // the key is taken out

    QTest::newRow("unknown key titel")
        << toJson(with(with(good, u"title"_s, removed), u"titel"_s, u"Forum"_s)) << u"titel"_s
        << u"unknown key"_s;
    QTest::newRow("unknown key beside title")
        << toJson(with(good, u"colour"_s, u"blue"_s)) << u"colour"_s << u"unknown key"_s;
    QTest::newRow("unknown key in a theme")
        << toJson(with(good, u"themes[1].colour"_s, u"blue"_s)) << u"themes[1].colour"_s << u"unknown key"_s;
    QTest::newRow("unknown key in workshop_size") << toJson(with(good, u"workshop_size.average"_s, 12))
                                                  << u"workshop_size.average"_s << u"unknown key"_s;
    QTest::newRow("missing title") << toJson(with(good, u"title"_s, removed)) << u"title"_s << u"required"_s;
    QTest::newRow("blank title") << toJson(with(good, u"title"_s, u"   "_s)) << u"title"_s << u"empty"_s;
    QTest::newRow("title not text") << toJson(with(good, u"title"_s, 42)) << u"title"_s << u"text"_s;
    QTest::newRow("end before start")
        << toJson(with(good, u"end"_s, u"2027-04-11"_s)) << u"end"_s << u"before"_s;
    QTest::newRow("bad date format") << toJson(with(good, u"start"_s, u"12/04/2027"_s)) << u"start"_s
                                     << u"YYYY-MM-DD"_s;
    QTest::newRow("impossible date") << toJson(with(good, u"end"_s, u"2027-02-30"_s)) << u"end"_s
                                     << u"2027-02-30"_s;
    QTest::newRow("slot date format")
        << toJson(with(good, u"slots[1].date"_s, u"12 April"_s)) << u"slots[1].date"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("slot date missing")
        << toJson(with(good, u"slots[1].date"_s, removed)) << u"slots[1].date"_s << u"required"_s;
    QTest::newRow("slot outside the forum")
        << toJson(with(good, u"slots[2].date"_s, u"2027-05-01"_s)) << u"slots[2].date"_s << u"outside"_s;
    QTest::newRow("bad time") << toJson(with(good, u"slots[1].start"_s, u"25:00"_s)) << u"slots[1].start"_s
                              << u"HH:MM"_s;
    QTest::newRow("time with h") << toJson(with(good, u"slots[1].end"_s, u"13h00"_s)) << u"slots[1].end"_s
                                 << u"\"13h00\""_s;
    QTest::newRow("slot ends before it starts")
        << toJson(with(good, u"slots[1].end"_s, u"10:00"_s)) << u"slots[1].end"_s << u"before"_s;
    QTest::newRow("bad slot kind") << toJson(with(good, u"slots[1].kind"_s, u"workshop"_s))
                                   << u"slots[1].kind"_s << u"\"workshop\""_s;
    QTest::newRow("missing slot kind")
        << toJson(with(good, u"slots[1].kind"_s, removed)) << u"slots[1].kind"_s << u"required"_s;
    QTest::newRow("slot in unknown room")
        << toJson(with(good, u"slots[0].room"_s, u"AULA"_s)) << u"slots[0].room"_s << u"no room \"AULA\""_s;
    QTest::newRow("workshop in unknown room") << toJson(with(good, u"workshops[3].room"_s, u"R9"_s))
                                              << u"workshops[3].room"_s << u"no room \"R9\""_s;
    QTest::newRow("workshop on unknown theme") << toJson(with(good, u"workshops[1].theme"_s, u"T9"_s))
                                               << u"workshops[1].theme"_s << u"no theme \"T9\""_s;
    QTest::newRow("workshop in unknown slot") << toJson(with(good, u"workshops[0].slot"_s, u"D9-W9"_s))
                                              << u"workshops[0].slot"_s << u"no slot \"D9-W9\""_s;
    QTest::newRow("workshop without slot")
        << toJson(with(good, u"workshops[2].slot"_s, removed)) << u"workshops[2].slot"_s << u"required"_s;
    QTest::newRow("workshop language") << toJson(with(good, u"workshops[2].language"_s, u"english"_s))
                                       << u"workshops[2].language"_s << u"\"english\""_s;
    QTest::newRow("room capacity 0") << toJson(with(good, u"rooms[2].capacity"_s, 0))
                                     << u"rooms[2].capacity"_s << u"at least one"_s;
    QTest::newRow("room capacity null")
        << toJson(with(good, u"rooms[1].capacity"_s, QJsonValue())) << u"rooms[1].capacity"_s << QString();
    QTest::newRow("room capacity missing")
        << toJson(with(good, u"rooms[1].capacity"_s, removed)) << u"rooms[1].capacity"_s << u"required"_s;
    QTest::newRow("room capacity not whole")
        << toJson(with(good, u"rooms[1].capacity"_s, 15.5)) << u"rooms[1].capacity"_s << u"whole number"_s;
    QTest::newRow("room capacity as text")
        << toJson(with(good, u"rooms[1].capacity"_s, u"16"_s)) << u"rooms[1].capacity"_s << u"whole number"_s;
    QTest::newRow("duplicate theme key")
        << toJson(with(good, u"themes[2].key"_s, u"T1"_s)) << u"themes[2].key"_s << u"twice"_s;
    QTest::newRow("duplicate room key")
        << toJson(with(good, u"rooms[3].key"_s, u"R1"_s)) << u"rooms[3].key"_s << u"twice"_s;
    QTest::newRow("key with spaces") << toJson(with(good, u"slots[2].key"_s, u"D1 LUNCH"_s))
                                     << u"slots[2].key"_s << u"\"D1 LUNCH\""_s;
    QTest::newRow("theme without key")
        << toJson(with(good, u"themes[0].key"_s, removed)) << u"themes[0].key"_s << u"required"_s;
    QTest::newRow("edition as text") << toJson(with(good, u"edition"_s, u"third"_s)) << u"edition"_s
                                     << u"whole number"_s;
    QTest::newRow("workshop size min 0")
        << toJson(with(good, u"workshop_size.min"_s, 0)) << u"workshop_size.min"_s << u"at least one"_s;
    QTest::newRow("workshop size max below min")
        << toJson(with(good, u"workshop_size.max"_s, 5)) << u"workshop_size.max"_s << u"below"_s;
    QTest::newRow("workshop size not an object")
        << toJson(with(good, u"workshop_size"_s, 12)) << u"workshop_size"_s << u"object"_s;
    QTest::newRow("language not text")
        << toJson(with(good, u"languages[1]"_s, 3)) << u"languages[1]"_s << u"language code"_s;
    QTest::newRow("language not a code")
        << toJson(with(good, u"languages[1]"_s, u"french"_s)) << u"languages"_s << u"\"french\""_s;
    QTest::newRow("themes not a list")
        << toJson(with(good, u"themes"_s, u"T1, T2"_s)) << u"themes"_s << u"list"_s;
    QTest::newRow("unknown country") << toJson(with(good, u"country"_s, u"ZZ"_s)) << u"country"_s
                                     << u"\"ZZ\""_s;
    QTest::newRow("declaration not an object")
        << toJson(with(good, u"declaration"_s, u"We agree."_s)) << u"declaration"_s << u"object"_s;
    QTest::newRow("translation not a language")
        << toJson(with(good, u"declaration.translations.french"_s, QJsonObject{{u"patronage"_s, u"x"_s}}))
        << u"declaration.translations.french"_s << u"language code"_s;
    QTest::newRow("translation of an unknown part")
        << toJson(with(good, u"declaration.translations.es.preamble"_s, u"x"_s))
        << u"declaration.translations.es.preamble"_s << u"unknown"_s;
    QTest::newRow("translation not an object") << toJson(with(good, u"declaration.translations.es"_s, u"x"_s))
                                               << u"declaration.translations.es"_s << u"object"_s;
    QTest::newRow("guest titles not an object")
        << toJson(with(good, u"declaration.guests[0].titles"_s, u"x"_s)) << u"declaration.guests[0].titles"_s
        << u"object"_s;
    QTest::newRow("guest without name") << toJson(with(good, u"declaration.guests[1].name"_s, removed))
                                        << u"declaration.guests[1].name"_s << u"required"_s;
}

void TstForumJson::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    ForumJsonReader reader;
    const std::optional<ForumData> data = reader.read(json);
    QVERIFY(!data.has_value());
    const QList<FieldProblem> &problems = reader.problems();
    const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                 [&](const FieldProblem &p) { return p.field == path; });
    QVERIFY2(it != problems.cend(), qPrintable(u"no problem at %1 in: %2"_s.arg(path, describe(problems))));
    QVERIFY2(it->message.contains(message), qPrintable(describe(problems)));
    // Each path is reported once, even when the reader and the validation both notice it.
    const auto atPath = std::count_if(problems.cbegin(), problems.cend(),
                                      [&](const FieldProblem &p) { return p.field == path; });
    QCOMPARE(int(atPath), 1);
}

void TstForumJson::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");

    QTest::newRow("value missing on line 4") << QByteArray("{\n  \"title\": \"Forum\",\n  \"edition\": 3,\n"
                                                           "  \"city\": ,\n  \"country\": \"PE\"\n}\n")
                                             << 4;
    QTest::newRow("trailing comma before line 3") << QByteArray("{\n  \"title\": \"Forum\",\n}\n") << 3;
    QTest::newRow("missing colon on line 3")
        << QByteArray("{\n  \"title\": \"Forum\",\n  \"city\" \"Cusco\"\n}") << 3;
    QTest::newRow("one line") << QByteArray("{\"title\": }") << 1;
}

void TstForumJson::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    ForumJsonReader reader;
    QVERIFY(!reader.read(json).has_value());
    QCOMPARE(reader.problems().size(), 1);
    const FieldProblem &p = reader.problems().constFirst();
    QVERIFY(p.field.isEmpty());
    QVERIFY2(p.message.contains(u"line %1"_s.arg(line)), qPrintable(p.message));
    QVERIFY2(p.message.contains(u"JSON"_s), qPrintable(p.message));
}

void TstForumJson::nonObjectRoot_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray(R"([{"title": "Forum"}])");
    QTest::newRow("empty array") << QByteArray("[]");
}

void TstForumJson::nonObjectRoot()
{
    QFETCH(QByteArray, json);
    ForumJsonReader reader;
    QVERIFY(!reader.read(json).has_value());
    QCOMPARE(reader.problems().size(), 1);
    QVERIFY2(reader.problems().constFirst().message.contains(u"object"_s),
             qPrintable(reader.problems().constFirst().message));
}

void TstForumJson::everyProblemIsReported()
{
    QJsonObject root = goodObject();
    root = with(root, u"titel"_s, u"Forum"_s);
    root = with(root, u"rooms[1].capacity"_s, 0);
    root = with(root, u"workshops[3].room"_s, u"R9"_s);
    root = with(root, u"slots[1].kind"_s, u"lecture"_s);
    ForumJsonReader reader;
    QVERIFY(!reader.read(toJson(root)).has_value());
    QStringList fields;
    for (const FieldProblem &p : reader.problems())
        fields << p.field;
    fields.sort();
    QCOMPARE(fields,
             (QStringList{u"rooms[1].capacity"_s, u"slots[1].kind"_s, u"titel"_s, u"workshops[3].room"_s}));
}

void TstForumJson::readerForgetsEarlierProblems()
{
    ForumJsonReader reader;
    QVERIFY(!reader.read("[]").has_value());
    QVERIFY(!reader.problems().isEmpty());
    QVERIFY(reader.read(goodJson()).has_value());
    QVERIFY(reader.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TstForumJson)
#include "tst_forumjson.moc"
