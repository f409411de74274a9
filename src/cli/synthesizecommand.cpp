#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "declaration.h"
#include "declarationexport.h"
#include "declarationrepository.h"
#include "exportrecordrepository.h"
#include "forumdatabase.h"
#include "writetransaction.h"

#include <QDir>
#include <QFileInfo>

namespace cordee::cli {

namespace {

/// `cordee-cli synthesize FILE -o OUT [--lang en|fr|es] [--paper a4|letter] [--by-theme]`
class SynthesizeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("synthesize"); }
    QString summary() const override
    {
        return Cli::tr("Write the forum's final declaration as PDF, OpenDocument, HTML or Markdown.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;

private:
    /// Writes the export record; the repository is gone before `db` closes.
    static Status record(ForumDatabase &db, ExportRecord &record);
};

void SynthesizeCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(
        QStringLiteral("synthesize FILE -o OUT.pdf|OUT.odt|OUT.html|OUT.md [--lang en|fr|es] "
                       "[--paper a4|letter] [--by-theme]"));
    commandLine.setDescription(Cli::tr(
        "Writes the final declaration of the forum FILE: place and date, title, the edition's question, an "
        "introduction whose figures (participants, countries, continents; cancelled people not counted) come "
        "from the file, the patronage, the guests of honour, who took part, the retained proposals in the "
        "committee's order with their sub-points, the closing text and the conclusion. The format follows "
        "OUT's extension: .pdf, .odt, .html or .md. The free texts are the committee's, in the chosen "
        "language where it wrote them. Each export is recorded in FILE with its time, format, language and "
        "proposals."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file (.cordee)."));
    commandLine.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                             Cli::tr("The file to write: .pdf, .odt, .html or .md."),
                                             QStringLiteral("OUT")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        Cli::tr("The declaration's language: en, fr or es (default: the forum's first language)."),
        QStringLiteral("LANG")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("paper"), Cli::tr("The paper: a4 (the default) or letter."), QStringLiteral("PAPER")));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("by-theme"), Cli::tr("Group the proposals under their themes.")));
}

Status SynthesizeCommand::record(ForumDatabase &db, ExportRecord &record)
{
    WriteTransaction transaction(db.connection());
    if (Status s = transaction.begin(Cli::tr("recording the export")); !s)
        return s;
    if (Status s = ExportRecordRepository(db.connection()).add(record); !s)
        return s;
    return transaction.commit();
}

int SynthesizeCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.size() != 1)
        return commandLine.usageError(Cli::tr("give one forum FILE"));
    const QString out = commandLine.value(QStringLiteral("output"));
    if (out.isEmpty())
        return commandLine.usageError(Cli::tr("say where to write with -o OUT"));
    const auto format = declarationformat::fromPath(out);
    if (!format)
        return commandLine.usageError(
            Cli::tr("cannot tell the format of \"%1\" from its extension: use .pdf, .odt, .html or .md")
                .arg(out));
    PaperSize paper = PaperSize::A4;
    if (commandLine.isSet(QStringLiteral("paper"))) {
        const auto asked = declarationformat::paperFromKey(commandLine.value(QStringLiteral("paper")));
        if (!asked)
            return commandLine.usageError(Cli::tr("--paper is a4 or letter, not \"%1\"")
                                              .arg(commandLine.value(QStringLiteral("paper"))));
        paper = *asked;
    }
    const QString askedLanguage = commandLine.value(QStringLiteral("lang")).trimmed().toLower();
    if (commandLine.isSet(QStringLiteral("lang")) && !DeclarationLanguage::isSupported(askedLanguage))
        return commandLine.usageError(
            Cli::tr("--lang is en, fr or es, not \"%1\"").arg(commandLine.value(QStringLiteral("lang"))));

    auto db = ForumDatabase::open(arguments.constFirst());
    if (!db)
        return failUnusable(db.error());
    const auto loaded = loadDeclarationInput(db.value()->connection());
    if (!loaded)
        return failUnusable(loaded.error());
    DeclarationInput input = *loaded;
    input.language = askedLanguage;
    if (askedLanguage.isEmpty()) {
        input.language = defaultDeclarationLanguage(input.info);
        const QString first = input.info.languages.value(0);
        if (input.language != first)
            printErr(
                Cli::tr("%1: Cordée writes declarations in English, French and Spanish, not in the forum's "
                        "first language \"%2\": writing it in English (choose with --lang).")
                    .arg(QCoreApplication::applicationName(), first));
    }
    input.groupByTheme = commandLine.isSet(QStringLiteral("by-theme"));
    const Declaration declaration = buildDeclaration(input);

    if (Status s = writeDeclaration(declaration, *format, paper, out); !s)
        return failUnusable(s.error());
    ExportRecord exportRecord = exportRecordFor(declaration, *format, QFileInfo(out).absoluteFilePath());
    if (Status s = record(*db.value(), exportRecord); !s)
        return failUnusable(
            Error{Cli::tr("The declaration was written to \"%1\", but its export could not be "
                          "recorded in \"%2\".")
                      .arg(QDir::toNativeSeparators(out), db.value()->path()),
                  s.error().fullText()});

    int proposals = 0;
    for (const DeclarationSection &section : declaration.sections)
        proposals += int(section.points.size());
    const int subPoints = declaration.pointCount() - proposals;
    printOut(Cli::tr("Wrote the declaration (%1, %2) to %3: %4, %5; %6.")
                 .arg(declaration.language, declarationformat::key(*format), QDir::toNativeSeparators(out),
                      plural(proposals, Cli::tr("%1 proposal"), Cli::tr("%1 proposals")),
                      plural(subPoints, Cli::tr("%1 sub-point"), Cli::tr("%1 sub-points")),
                      plural(declaration.figures.participants, Cli::tr("%1 participant counted"),
                             Cli::tr("%1 participants counted"))));
    return ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makeSynthesizeCommand()
{
    return std::make_unique<SynthesizeCommand>();
}

} // namespace cordee::cli
