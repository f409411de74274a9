#include "forumjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads ForumJson::tr the same way).
struct ForumJson
{
    Q_DECLARE_TR_FUNCTIONS(ForumJson)
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString &list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(list).arg(i);
}

} // namespace

void ForumJsonReader::problem(const QString &path, const QString &message)
{
    m_problems << FieldProblem{path, message};
}

void ForumJsonReader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            problem(
                join(path, it.key()),
                ForumJson::tr("unknown key (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
}

QString ForumJsonReader::string(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(join(path, key), ForumJson::tr("is required"));
        return {};
    }
    if (!v.isString()) {
        problem(join(path, key), ForumJson::tr("must be text"));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        problem(join(path, key), ForumJson::tr("must not be empty"));
    return v.toString().trimmed();
}

int ForumJsonReader::integer(const QJsonObject &o, const QString &path, const QString &key, int fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
        problem(join(path, key), ForumJson::tr("must be a whole number"));
        return fallback;
    }
    return v.toInt();
}

QDate ForumJsonReader::date(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QString text = string(o, path, key, required);
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        problem(join(path, key), ForumJson::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(text));
    return d;
}

QTime ForumJsonReader::time(const QJsonObject &o, const QString &path, const QString &key)
{
    const QString text = string(o, path, key, true);
    if (text.isEmpty())
        return {};
    const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid())
        problem(join(path, key), ForumJson::tr("\"%1\" is not a time of the form HH:MM").arg(text));
    return t;
}

QJsonArray ForumJsonReader::array(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        problem(join(path, key), ForumJson::tr("must be a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject ForumJsonReader::object(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        problem(join(path, key), ForumJson::tr("must be an object"));
        return {};
    }
    return v.toObject();
}

std::optional<ForumData> ForumJsonReader::read(const QByteArray &json)
{
    m_problems.clear();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(error.offset).count('\n') + 1;
        problem(QString(), ForumJson::tr("not valid JSON at line %1: %2").arg(line).arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problem(QString(), ForumJson::tr("the description must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    checkKeys(root, {},
              {QStringLiteral("title"), QStringLiteral("edition"), QStringLiteral("theme"),
               QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("start"),
               QStringLiteral("end"), QStringLiteral("organizer"), QStringLiteral("languages"),
               QStringLiteral("workshop_size"), QStringLiteral("themes"), QStringLiteral("rooms"),
               QStringLiteral("slots"), QStringLiteral("workshops"), QStringLiteral("declaration")});
    ForumData data;
    readInfo(root, data.info);
    readProgramme(root, data);
    readDeclaration(root, data.declaration);
    // Cross-references, key uniqueness, dates in order, capacities: the same rules as every other forum.
    for (const FieldProblem &p : validateForumData(data)) {
        const bool known = std::any_of(m_problems.cbegin(), m_problems.cend(),
                                       [&](const FieldProblem &q) { return q.field == p.field; });
        if (!known)
            m_problems << p;
    }
    if (!m_problems.isEmpty())
        return std::nullopt;
    return data;
}

void ForumJsonReader::readInfo(const QJsonObject &root, ForumInfo &info)
{
    info.title = string(root, {}, QStringLiteral("title"), true);
    info.edition = integer(root, {}, QStringLiteral("edition"), 0);
    info.theme = string(root, {}, QStringLiteral("theme"));
    info.city = string(root, {}, QStringLiteral("city"));
    info.country = string(root, {}, QStringLiteral("country")).toUpper();
    info.startDate = date(root, {}, QStringLiteral("start"));
    info.endDate = date(root, {}, QStringLiteral("end"));
    info.organizer = string(root, {}, QStringLiteral("organizer"));
    if (root.contains(QStringLiteral("languages"))) {
        info.languages.clear();
        const QJsonArray langs = array(root, {}, QStringLiteral("languages"));
        for (qsizetype i = 0; i < langs.size(); ++i) {
            if (!langs.at(i).isString())
                problem(indexPath(QStringLiteral("languages"), i),
                        ForumJson::tr("must be a language code such as \"fr\""));
            else
                info.languages << langs.at(i).toString().trimmed().toLower();
        }
    }
    const QJsonValue size = root.value(QStringLiteral("workshop_size"));
    if (size.isObject()) {
        const QJsonObject o = size.toObject();
        const QString path = QStringLiteral("workshop_size");
        checkKeys(o, path, {QStringLiteral("min"), QStringLiteral("max")});
        info.workshopMin = integer(o, path, QStringLiteral("min"), ForumInfo::DefaultWorkshopMin);
        info.workshopMax = integer(o, path, QStringLiteral("max"), ForumInfo::DefaultWorkshopMax);
    } else if (!size.isUndefined()) {
        problem(QStringLiteral("workshop_size"), ForumJson::tr("must be an object with \"min\" and \"max\""));
    }
}

void ForumJsonReader::readProgramme(const QJsonObject &root, ForumData &data)
{
    const QJsonArray themes = array(root, {}, QStringLiteral("themes"));
    for (qsizetype i = 0; i < themes.size(); ++i) {
        const QString path = indexPath(QStringLiteral("themes"), i);
        const QJsonObject o = themes.at(i).toObject();
        checkKeys(o, path, {QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("description")});
        data.themes << Theme{0, string(o, path, QStringLiteral("key"), true),
                             string(o, path, QStringLiteral("title"), true),
                             string(o, path, QStringLiteral("description"))};
    }
    const QJsonArray rooms = array(root, {}, QStringLiteral("rooms"));
    for (qsizetype i = 0; i < rooms.size(); ++i) {
        const QString path = indexPath(QStringLiteral("rooms"), i);
        const QJsonObject o = rooms.at(i).toObject();
        checkKeys(o, path, {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("capacity")});
        Room r{0, string(o, path, QStringLiteral("key"), true), string(o, path, QStringLiteral("name")),
               integer(o, path, QStringLiteral("capacity"), 0)};
        if (!o.contains(QStringLiteral("capacity")))
            problem(join(path, QStringLiteral("capacity")), ForumJson::tr("is required"));
        if (r.name.isEmpty())
            r.name = r.key;
        data.rooms << r;
    }
    readSlots(array(root, {}, QStringLiteral("slots")), data);
    const QJsonArray workshops = array(root, {}, QStringLiteral("workshops"));
    for (qsizetype i = 0; i < workshops.size(); ++i) {
        const QString path = indexPath(QStringLiteral("workshops"), i);
        const QJsonObject o = workshops.at(i).toObject();
        checkKeys(o, path,
                  {QStringLiteral("key"), QStringLiteral("slot"), QStringLiteral("theme"),
                   QStringLiteral("room"), QStringLiteral("language"), QStringLiteral("title")});
        Workshop w;
        w.key = string(o, path, QStringLiteral("key"), true);
        w.slot = string(o, path, QStringLiteral("slot"), true);
        w.theme = string(o, path, QStringLiteral("theme"));
        w.room = string(o, path, QStringLiteral("room"));
        w.language = string(o, path, QStringLiteral("language")).toLower();
        w.title = string(o, path, QStringLiteral("title"));
        data.workshops << w;
    }
}

void ForumJsonReader::readSlots(const QJsonArray &slotList, ForumData &data)
{
    for (qsizetype i = 0; i < slotList.size(); ++i) {
        const QString path = indexPath(QStringLiteral("slots"), i);
        const QJsonObject o = slotList.at(i).toObject();
        checkKeys(o, path,
                  {QStringLiteral("key"), QStringLiteral("date"), QStringLiteral("start"),
                   QStringLiteral("end"), QStringLiteral("kind"), QStringLiteral("title"),
                   QStringLiteral("room")});
        TimeSlot t;
        t.key = string(o, path, QStringLiteral("key"), true);
        t.date = date(o, path, QStringLiteral("date"), true);
        t.start = time(o, path, QStringLiteral("start"));
        t.end = time(o, path, QStringLiteral("end"));
        const QString kind = string(o, path, QStringLiteral("kind"), true);
        if (const auto k = vocab::slotKindFromKey(kind))
            t.kind = *k;
        else if (!kind.isEmpty())
            problem(
                join(path, QStringLiteral("kind")),
                ForumJson::tr("\"%1\" is not one of conference, round_table, workshops, break").arg(kind));
        t.title = string(o, path, QStringLiteral("title"));
        t.room = string(o, path, QStringLiteral("room"));
        data.timeSlots << t;
    }
}

void ForumJsonReader::readDeclaration(const QJsonObject &root, DeclarationTexts &texts)
{
    const QJsonValue v = root.value(QStringLiteral("declaration"));
    if (v.isUndefined())
        return;
    const QString path = QStringLiteral("declaration");
    if (!v.isObject()) {
        problem(path, ForumJson::tr("must be an object"));
        return;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, path,
              {QStringLiteral("patronage"), QStringLiteral("guests"), QStringLiteral("conclusion"),
               QStringLiteral("forum_name"), QStringLiteral("question"), QStringLiteral("decision_intro"),
               QStringLiteral("closing"), QStringLiteral("translations")});
    readFreeTexts(o, path, texts);
    const QJsonArray guests = array(o, path, QStringLiteral("guests"));
    for (qsizetype i = 0; i < guests.size(); ++i) {
        const QString gpath = indexPath(path + QStringLiteral(".guests"), i);
        const QJsonObject g = guests.at(i).toObject();
        checkKeys(g, gpath, {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("titles")});
        Guest guest{string(g, gpath, QStringLiteral("name"), true),
                    string(g, gpath, QStringLiteral("title"))};
        const QJsonObject titles = object(g, gpath, QStringLiteral("titles"));
        for (auto it = titles.begin(); it != titles.end(); ++it)
            if (languageCode(it.key(), join(gpath, QStringLiteral("titles"))))
                guest.titles.insert(it.key(),
                                    string(titles, join(gpath, QStringLiteral("titles")), it.key()));
        texts.guests << guest;
    }
    // A language's own wording, part by part: {"fr": {"patronage": "…", "conclusion": "…"}, "es": {…}}.
    const QString tpath = join(path, QStringLiteral("translations"));
    const QJsonObject translations = object(o, path, QStringLiteral("translations"));
    for (auto it = translations.begin(); it != translations.end(); ++it) {
        const QString lpath = join(tpath, it.key());
        if (!languageCode(it.key(), tpath))
            continue;
        if (!it.value().isObject()) {
            problem(lpath, ForumJson::tr("must be an object"));
            continue;
        }
        const QJsonObject lo = it.value().toObject();
        checkKeys(lo, lpath,
                  {QStringLiteral("patronage"), QStringLiteral("conclusion"), QStringLiteral("forum_name"),
                   QStringLiteral("question"), QStringLiteral("decision_intro"), QStringLiteral("closing")});
        readFreeTexts(lo, lpath, texts.translations[it.key()]);
    }
}

void ForumJsonReader::readFreeTexts(const QJsonObject &o, const QString &path, DeclarationFreeTexts &texts)
{
    texts.forumName = string(o, path, QStringLiteral("forum_name"));
    texts.question = string(o, path, QStringLiteral("question"));
    texts.patronage = string(o, path, QStringLiteral("patronage"));
    texts.decisionIntro = string(o, path, QStringLiteral("decision_intro"));
    texts.closing = string(o, path, QStringLiteral("closing"));
    texts.conclusion = string(o, path, QStringLiteral("conclusion"));
}

bool ForumJsonReader::languageCode(const QString &code, const QString &path)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[a-z]{2}$"));
    if (twoLetters.match(code).hasMatch())
        return true;
    problem(join(path, code), ForumJson::tr("must be a two-letter language code such as \"fr\""));
    return false;
}

} // namespace cordee
