#pragma once

#include "declaration.h"
#include "forum.h"
#include "result.h"

#include <QSqlDatabase>

namespace cordee {

/// The declaration's free texts in the file: `declaration_text` (part, language, body) holds each part of
/// the base (language '') and of each language's own wording; `guest` the guests of honour in order, and
/// `guest_title` (schema 3) their titles in other languages. Writes are made inside the caller's
/// WriteTransaction.
class DeclarationRepository
{
public:
    explicit DeclarationRepository(QSqlDatabase db);

    Result<DeclarationTexts> load() const;
    /// Replaces every free text, guest and title. Empty parts of a language are not stored, and a language
    /// with no part left is dropped (it reads back as the base).
    Status save(const DeclarationTexts &texts);

private:
    QSqlDatabase m_db;
};

/// Everything buildDeclaration() needs, read from a forum file: the settings, the head counts (cancelled
/// participants excluded), the free texts, the proposals and the themes. The language and grouping are the
/// caller's to set.
Result<DeclarationInput> loadDeclarationInput(const QSqlDatabase &db);

} // namespace cordee
