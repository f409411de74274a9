#include "declarationrepository.h"

#include "forumrepository.h"
#include "participantrepository.h"
#include "proposalrepository.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

/// The parts as stored in `declaration_text.part`.
struct PartColumn
{
    const char *name;
    QString DeclarationFreeTexts::*member;
};

constexpr std::array<PartColumn, 6> parts{{
    {"forum_name", &DeclarationFreeTexts::forumName},
    {"question", &DeclarationFreeTexts::question},
    {"patronage", &DeclarationFreeTexts::patronage},
    {"decision_intro", &DeclarationFreeTexts::decisionIntro},
    {"closing", &DeclarationFreeTexts::closing},
    {"conclusion", &DeclarationFreeTexts::conclusion},
}};

QString DeclarationFreeTexts::*memberFor(const QString &part)
{
    for (const PartColumn &p : parts)
        if (part == QLatin1String(p.name))
            return p.member;
    return nullptr;
}

bool isEmpty(const DeclarationFreeTexts &texts)
{
    return texts == DeclarationFreeTexts{};
}

} // namespace

DeclarationRepository::DeclarationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<DeclarationTexts> DeclarationRepository::load() const
{
    DeclarationTexts texts;
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT part, language, body FROM declaration_text"), {},
                             Storage::tr("reading the declaration"));
        !s)
        return s;
    while (q.next()) {
        const auto member = memberFor(q.value(0).toString());
        if (!member) // a part of a later version of Cordée
            continue;
        const QString language = q.value(1).toString();
        DeclarationFreeTexts &target = language.isEmpty() ? texts : texts.translations[language];
        target.*member = q.value(2).toString();
    }
    for (auto it = texts.translations.begin(); it != texts.translations.end();)
        it = isEmpty(*it) ? texts.translations.erase(it) : std::next(it);

    QHash<qint64, qsizetype> guestIndex;
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, name, title FROM guest ORDER BY position, id"), {},
                             Storage::tr("reading the guests of honour"));
        !s)
        return s;
    while (q.next()) {
        guestIndex.insert(q.value(0).toLongLong(), texts.guests.size());
        texts.guests << Guest{q.value(1).toString(), q.value(2).toString()};
    }
    if (Status s = sql::exec(q, QStringLiteral("SELECT guest_id, language, title FROM guest_title"), {},
                             Storage::tr("reading the guests of honour"));
        !s)
        return s;
    while (q.next()) {
        const qsizetype i = guestIndex.value(q.value(0).toLongLong(), -1);
        if (i >= 0 && !q.value(2).toString().isEmpty())
            texts.guests[i].titles.insert(q.value(1).toString(), q.value(2).toString());
    }
    return texts;
}

Status DeclarationRepository::save(const DeclarationTexts &texts)
{
    const QString what = Storage::tr("saving the declaration");
    QSqlQuery q(m_db);
    for (const PartColumn &p : parts)
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM declaration_text WHERE part = ?"),
                                 {QLatin1String(p.name)}, what);
            !s)
            return s;
    auto write = [&](const QString &language, const DeclarationFreeTexts &wording) -> Status {
        for (const PartColumn &p : parts) {
            const QString body = wording.*p.member;
            if (body.isEmpty())
                continue;
            if (Status s = sql::exec(
                    q, QStringLiteral("INSERT INTO declaration_text (part, language, body) VALUES (?, ?, ?)"),
                    {QLatin1String(p.name), language, body}, what);
                !s)
                return s;
        }
        return {};
    };
    if (Status s = write(QString(), texts); !s)
        return s;
    for (auto it = texts.translations.cbegin(); it != texts.translations.cend(); ++it)
        if (!it.key().isEmpty())
            if (Status s = write(it.key(), it.value()); !s)
                return s;

    if (Status s = sql::exec(q, QStringLiteral("DELETE FROM guest_title"), {}, what); !s)
        return s;
    if (Status s = sql::exec(q, QStringLiteral("DELETE FROM guest"), {}, what); !s)
        return s;
    for (qsizetype i = 0; i < texts.guests.size(); ++i) {
        const Guest &g = texts.guests.at(i);
        if (Status s =
                sql::exec(q, QStringLiteral("INSERT INTO guest (name, title, position) VALUES (?, ?, ?)"),
                          {g.name, g.title, int(i)}, what);
            !s)
            return s;
        const qint64 id = q.lastInsertId().toLongLong();
        for (auto it = g.titles.cbegin(); it != g.titles.cend(); ++it) {
            if (it.key().isEmpty() || it.value().isEmpty())
                continue;
            if (Status s = sql::exec(
                    q, QStringLiteral("INSERT INTO guest_title (guest_id, language, title) VALUES (?, ?, ?)"),
                    {id, it.key(), it.value()}, what);
                !s)
                return s;
        }
    }
    return {};
}

Result<DeclarationInput> loadDeclarationInput(const QSqlDatabase &db)
{
    DeclarationInput input;
    const ForumRepository forum(db);
    auto info = forum.loadInfo();
    if (!info)
        return info.status();
    input.info = *info;
    auto themes = forum.loadThemes();
    if (!themes)
        return themes.status();
    input.themes = *themes;
    auto texts = DeclarationRepository(db).load();
    if (!texts)
        return texts.status();
    input.texts = *texts;
    auto people = ParticipantRepository(db).loadAll();
    if (!people)
        return people.status();
    input.stats = ForumStats::compute(*people);
    auto proposals = ProposalRepository(db).loadAll();
    if (!proposals)
        return proposals.status();
    input.proposals = *proposals;
    return input;
}

} // namespace cordee
