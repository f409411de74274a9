// The declaration part of ForumDocument: the committee's free texts, written part by part as they are
// typed, and the record of the declaration's exports.

#include "forumdocument.h"

#include "declarationrepository.h"
#include "exportrecordrepository.h"

namespace cordee {

const DeclarationTexts &ForumDocument::declarationTexts()
{
    if (!m_declarationTexts) {
        auto loaded = DeclarationRepository(m_db->connection()).load();
        if (!loaded) {
            (void)fail(loaded.status());
            static const DeclarationTexts none;
            return none;
        }
        m_declarationTexts = std::move(loaded).value();
    }
    return *m_declarationTexts;
}

QString ForumDocument::declarationText(const QString &language, DeclarationPart part)
{
    const auto member = freeTextOf(part);
    if (!member)
        return {};
    const DeclarationTexts &texts = declarationTexts();
    if (language.isEmpty())
        return texts.*member;
    const auto it = texts.translations.constFind(language);
    return it == texts.translations.cend() ? QString() : (*it).*member;
}

Status ForumDocument::setDeclarationText(const QString &language, DeclarationPart part, const QString &text)
{
    const auto member = freeTextOf(part);
    if (!member)
        return fail(Error{tr("This part of the declaration is computed from the forum: it cannot be "
                             "written."),
                          {}});
    DeclarationTexts next = declarationTexts();
    if (!m_declarationTexts) // could not be read: writing now would lose what the file holds
        return Error{tr("The declaration's texts could not be read."), {}};
    if (language.isEmpty()) {
        next.*member = text;
    } else {
        DeclarationFreeTexts &own = next.translations[language];
        own.*member = text;
        if (own == DeclarationFreeTexts{})
            next.translations.remove(language);
    }
    if (next == *m_declarationTexts)
        return {};
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving the declaration"),
                         [&] { return DeclarationRepository(m_db->connection()).save(next); });
        !s)
        return s;
    m_declarationTexts = std::move(next);
    Q_EMIT declarationChanged(language, part);
    return {};
}

Status ForumDocument::setGuests(const QList<Guest> &guests)
{
    DeclarationTexts next = declarationTexts();
    if (!m_declarationTexts) // could not be read: writing now would lose what the file holds
        return Error{tr("The declaration's texts could not be read."), {}};
    next.guests = guests;
    if (next == *m_declarationTexts)
        return {};
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving the guests of honour"),
                         [&] { return DeclarationRepository(m_db->connection()).save(next); });
        !s)
        return s;
    m_declarationTexts = std::move(next);
    Q_EMIT declarationChanged(QString(), DeclarationPart::Guests);
    return {};
}

DeclarationInput ForumDocument::declarationInput()
{
    DeclarationInput input;
    input.info = m_info;
    input.stats = stats();
    input.texts = declarationTexts();
    input.proposals = m_proposals;
    input.themes = m_themes;
    return input;
}

Status ForumDocument::recordExport(ExportRecord &record)
{
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "recording the export"),
                         [&] { return ExportRecordRepository(m_db->connection()).add(record); });
        !s)
        return s;
    Q_EMIT exportRecorded();
    return {};
}

Result<QList<ExportRecord>> ForumDocument::exportRecords() const
{
    return ExportRecordRepository(m_db->connection()).loadAll();
}

} // namespace cordee
