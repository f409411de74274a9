#include "benchmark.h"

#include "clioutput.h"
#include "declaration.h"
#include "declarationexport.h"
#include "declarationpages.h"
#include "demoforum.h"

#include <QElapsedTimer>

namespace cordee::cli {

namespace {

constexpr int RetainedProposals = 300;
constexpr double PdfGoalMs = 1000;

/// The demo forum's settings, people and texts with 300 retained proposals of two lines each, every fifth
/// with two sub-points, under four themes.
DeclarationInput benchInput()
{
    const ForumData demo = makeDemoForum();
    DeclarationInput input;
    input.info = demo.info;
    input.stats = ForumStats::compute(demo.participants);
    input.texts = demo.declaration;
    input.themes = demo.themes;
    input.language = QStringLiteral("fr");
    input.groupByTheme = true;
    for (int i = 0; i < RetainedProposals; ++i) {
        Proposal p;
        p.key = QStringLiteral("P-%1").arg(i + 1, 4, 10, QChar(u'0'));
        p.theme = demo.themes.at(i % demo.themes.size()).key;
        p.text = QStringLiteral("Proposal %1: ask public authorities and cooperative banks to support the "
                                "enterprises of the social and solidarity economy in every territory, with "
                                "figures published each year.")
                     .arg(i + 1);
        p.status = ProposalStatus::Retained;
        p.position = i;
        input.proposals.proposals << p;
        for (int s = 0; s < (i % 5 == 0 ? 2 : 0); ++s) {
            Proposal sub = p;
            sub.key += QStringLiteral("-%1").arg(s + 1);
            sub.parent = p.key;
            sub.status = ProposalStatus::Submitted;
            sub.position = s;
            sub.text = QStringLiteral("A detail the room added under it.");
            input.proposals.proposals << sub;
        }
    }
    return input;
}

} // namespace

Result<QList<Measurement>> benchSynthesis(const BenchSettings &settings)
{
    const DeclarationInput input = benchInput();
    Measurement build{QStringLiteral("synthesis_build"),
                      Cli::tr("Build the declaration of %1 retained proposals").arg(RetainedProposals),
                      0,
                      {},
                      {}};
    Measurement html{QStringLiteral("synthesis_html"), Cli::tr("… and write it as HTML"), 0, {}, {}};
    Measurement pdf{QStringLiteral("synthesis_pdf"),
                    Cli::tr("%1 retained proposals to PDF (layout, fonts, pages)").arg(RetainedProposals),
                    PdfGoalMs,
                    {},
                    {}};
    for (int run = 0; run < settings.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Declaration declaration = buildDeclaration(input);
        build.samplesMs << elapsedMs(timer.nsecsElapsed());
        timer.restart();
        if (const auto bytes = renderDeclaration(declaration, DeclarationFormat::Html); !bytes)
            return bytes.error();
        html.samplesMs << elapsedMs(timer.nsecsElapsed());
        timer.restart();
        const auto bytes = renderDeclaration(buildDeclaration(input), DeclarationFormat::Pdf);
        if (!bytes)
            return bytes.error();
        pdf.samplesMs << elapsedMs(timer.nsecsElapsed());
    }
    return QList<Measurement>{build, html, pdf};
}

} // namespace cordee::cli
