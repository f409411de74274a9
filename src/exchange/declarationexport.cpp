#include "declarationexport.h"

#include "declarationhtml.h"
#include "declarationmarkdown.h"
#include "declarationodt.h"
#include "declarationpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Exchange::tr the same way).
struct Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

} // namespace

Result<QByteArray> renderDeclaration(const Declaration &declaration, DeclarationFormat format,
                                     PaperSize paper)
{
    switch (format) {
    case DeclarationFormat::Html:
        return declarationToHtml(declaration, paper).toUtf8();
    case DeclarationFormat::Markdown:
        return declarationToMarkdown(declaration).toUtf8();
    case DeclarationFormat::Odt:
        return declarationToOdt(declaration, paper);
    case DeclarationFormat::Pdf:
        return DeclarationPages(declaration, paper).toPdf();
    }
    return Error{Exchange::tr("Unknown format."), {}};
}

Status writeDeclaration(const Declaration &declaration, DeclarationFormat format, PaperSize paper,
                        const QString &path)
{
    const auto bytes = renderDeclaration(declaration, format, paper);
    if (!bytes)
        return bytes.status();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error{
            Exchange::tr("The declaration could not be written to “%1”.").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    return {};
}

ExportRecord exportRecordFor(const Declaration &declaration, DeclarationFormat format, const QString &path)
{
    ExportRecord record;
    record.exportedAt = QDateTime::currentDateTimeUtc();
    record.format = declarationformat::key(format);
    record.language = declaration.language;
    record.path = path;
    record.proposalKeys = declaration.proposalKeys();
    return record;
}

} // namespace cordee
