#pragma once

#include "declaration.h"
#include "declarationformat.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace cordee {

/// The declaration's bytes in `format` (HTML and Markdown in UTF-8). PDF needs a QGuiApplication.
Result<QByteArray> renderDeclaration(const Declaration &declaration, DeclarationFormat format,
                                     PaperSize paper = PaperSize::A4);

/// Renders and writes `path` whole or not at all (an existing file is replaced only on success).
Status writeDeclaration(const Declaration &declaration, DeclarationFormat format, PaperSize paper,
                        const QString &path);

/// The record of an export of `declaration` to `path` in `format`, made now.
ExportRecord exportRecordFor(const Declaration &declaration, DeclarationFormat format, const QString &path);

} // namespace cordee
