#pragma once

#include <QByteArray>
#include <QString>

namespace cordee {

/// Adds to a PDF written by QPdfWriter what its API cannot set: /Author in the information dictionary and
/// /Lang in the catalog, as a standard incremental update appended to the file (the original bytes stay
/// as they are). Returns `pdf` unchanged when its structure is not the one expected.
QByteArray withAuthorAndLanguage(const QByteArray &pdf, const QString &author, const QString &language);

/// XMP metadata with the title, author, language and creating tool, for QPdfWriter::setDocumentXmpMetadata().
QByteArray declarationXmp(const QString &title, const QString &author, const QString &language);

} // namespace cordee
