#pragma once

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordee {

/// The files a declaration is exported to.
enum class DeclarationFormat { Pdf, Odt, Html, Markdown };

/// The paper a declaration is laid out on (PDF, ODT, and HTML's print style).
enum class PaperSize { A4, Letter };

namespace declarationformat {

/// "pdf", "odt", "html", "md": the key stored in export records and the file extension.
QString key(DeclarationFormat format);
/// The format for a file name's extension (.pdf, .odt, .html or .htm, .md or .markdown), case-blind.
std::optional<DeclarationFormat> fromPath(const QString &path);
/// "a4", "letter", case-blind.
std::optional<PaperSize> paperFromKey(const QString &key);
QString paperKey(PaperSize paper);
QPageSize pageSize(PaperSize paper);

} // namespace declarationformat
} // namespace cordee
