// The declaration built from a forum's data: parts, figures, the committee's texts per language, and the
// retained proposals in order with their sub-points.

#include "declaration.h"
#include "declarationfixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cordee;
using namespace cordee::test;
using namespace Qt::StringLiterals;

class TstDeclaration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresLeaveOutTheCancelled();
    void partsInEnglish();
    void committeeTextsPerLanguage();
    void guestTitlesPerLanguage();
    void retainedProposalsInOrderWithSubPoints();
    void groupedByTheme();
    void groupedWithoutThemesHasNoHeading();
    void whoTookPart();
    void defaultLanguage_data();
    void defaultLanguage();
    void emptyForum();
    void paragraphs();
    void freeTextsOfParts();
    void fastEnoughForALivePreview();
};

void TstDeclaration::figuresLeaveOutTheCancelled()
{
    const Declaration d = buildDeclaration(declarationInput(u"en"_s));
    QCOMPARE(d.figures,
             (DeclarationFigures{7, 6, 4})); // the cancelled Australian is the only one from Oceania
    QVERIFY2(d.introduction.contains(u"brought together 7 participants from 6 countries and 4 continents."_s),
             qPrintable(d.introduction));
}

void TstDeclaration::partsInEnglish()
{
    const Declaration d = buildDeclaration(declarationInput(u"en"_s));
    QCOMPARE(d.language, u"en"_s);
    QCOMPARE(d.placeAndDate, u"Cusco, Thursday, May 13th, 2027"_s);
    QCOMPARE(d.title,
             u"Final declaration of the 3rd edition of the Andean Forum of Cooperative Enterprises"_s);
    QCOMPARE(d.question, u"Which cooperation for the mountain economies?"_s);
    QCOMPARE(
        d.introduction,
        u"From May 11th to 13th, 2027, in Cusco, Peru, the 3rd edition of the Andean Forum of Cooperative "
        "Enterprises brought together 7 participants from 6 countries and 4 continents."_s);
    QCOMPARE(d.patronage, (QStringList{u"This third edition was held under the patronage of the Regional "
                                       "Government of Cusco."_s,
                                       u"Its President opened the forum in person."_s}));
    QCOMPARE(d.guestsIntro, u"The opening ceremony was honoured by the presence of:"_s);
    QCOMPARE(d.decisionIntro, u"They therefore decide to:"_s);
    QCOMPARE(d.closing, QStringList{u"These commitments will be reported on at the next edition."_s});
    QCOMPARE(d.conclusionHeading, u"Conclusion"_s);
    QCOMPARE(d.signature, u"Red Andina de Cooperativas"_s);
    QCOMPARE(d.author, u"Red Andina de Cooperativas"_s);
    QCOMPARE(d.forumName, u"Andean Forum of Cooperative Enterprises"_s);
    for (DeclarationPart part :
         {DeclarationPart::PlaceAndDate, DeclarationPart::Title, DeclarationPart::Question,
          DeclarationPart::Introduction, DeclarationPart::Patronage, DeclarationPart::Guests,
          DeclarationPart::Participation, DeclarationPart::Decisions, DeclarationPart::Closing,
          DeclarationPart::Conclusion, DeclarationPart::Signature})
        QVERIFY2(d.has(part), qPrintable(QString::number(int(part))));
}

void TstDeclaration::committeeTextsPerLanguage()
{
    // Spanish: its own name, question and words before the proposals; patronage and conclusion from the base.
    const Declaration es = buildDeclaration(declarationInput(u"es"_s));
    QCOMPARE(es.title, u"Declaración final de la 3.ª edición del Foro Andino de Empresas Cooperativas"_s);
    QCOMPARE(es.question, u"¿Qué cooperación para las economías de montaña?"_s);
    QCOMPARE(es.decisionIntro, u"Por todo ello, las y los participantes deciden:"_s);
    QCOMPARE(es.closing, QStringList{u"Se rendirá cuenta de estos compromisos en la próxima edición."_s});
    QCOMPARE(es.patronage.constFirst(), declarationForum().declaration.patronage.section(u'\n', 0, 0));
    QCOMPARE(es.placeAndDate, u"Cusco, jueves 13 de mayo de 2027"_s);
    QVERIFY(
        es.introduction.startsWith(u"Del 11 al 13 de mayo de 2027, en Cusco (Perú), la 3.ª edición del Foro "
                                   "Andino de Empresas Cooperativas reunió a 7 participantes"_s));

    // French: its own name and patronage; the question comes from the forum's settings.
    const Declaration fr = buildDeclaration(declarationInput(u"fr"_s));
    QCOMPARE(fr.title, u"Déclaration finale de la 3e édition du Forum andin des entreprises coopératives"_s);
    QCOMPARE(fr.forumName, u"Forum andin des entreprises coopératives"_s);
    QCOMPARE(fr.question, u"Which cooperation for the mountain economies?"_s);
    QCOMPARE(fr.patronage,
             QStringList{u"Cette troisième édition s’est tenue sous le patronage du gouvernement "
                         "régional de Cusco."_s});
    QCOMPARE(fr.decisionIntro, u"En conséquence, ils décident de\u00a0:"_s);
    QCOMPARE(fr.conclusionHeading, u"Conclusion"_s);
}

void TstDeclaration::guestTitlesPerLanguage()
{
    const Declaration en = buildDeclaration(declarationInput(u"en"_s));
    QCOMPARE(en.guests.size(), 4);
    QCOMPARE(en.guests.at(0), (DeclarationGuest{u"Rosa Huamán Quispe"_s, u"Regional Governor of Cusco"_s}));
    QCOMPARE(en.guests.at(2).name, u"李伟"_s);
    QCOMPARE(en.guests.at(3), (DeclarationGuest{u"Nguyễn Thị Hương"_s, QString()}));
    const Declaration es = buildDeclaration(declarationInput(u"es"_s));
    QCOMPARE(es.guests.at(0).title, u"Gobernadora Regional del Cusco"_s);
    QCOMPARE(es.guests.at(1).title, u"Mediterranean Cooperative Network"_s); // no Spanish title: the base's
}

void TstDeclaration::retainedProposalsInOrderWithSubPoints()
{
    const Declaration d = buildDeclaration(declarationInput(u"en"_s));
    QCOMPARE(d.sections.size(), 1);
    QVERIFY(d.sections.constFirst().heading.isEmpty());
    QCOMPARE(d.proposalKeys(), declarationWrittenKeys());
    QCOMPARE(d.pointCount(), 7);
    const QList<DeclarationPoint> &points = d.sections.constFirst().points;
    QCOMPARE(points.size(), 4);
    const DeclarationPoint &label = points.at(1);
    QCOMPARE(label.key, u"P-0002"_s);
    QCOMPARE(label.subPoints.size(), 2); // P-0004 (rejected) and P-0005 (draft) left out
    QCOMPARE(label.subPoints.at(0).text, u"Open it to producer groups of fewer than ten members."_s);
    QCOMPARE(label.subPoints.at(1).subPoints.constFirst().key, u"P-0007"_s);
    for (const QString &key : d.proposalKeys())
        QVERIFY(!QStringList({u"P-0004"_s, u"P-0005"_s, u"P-0008"_s, u"P-0009"_s, u"P-0010"_s, u"P-0011"_s})
                     .contains(key));
}

void TstDeclaration::groupedByTheme()
{
    const Declaration d = buildDeclaration(declarationInput(u"fr"_s, true));
    QCOMPARE(d.sections.size(), 3);
    QCOMPARE(d.sections.at(0).heading, u"Fair trade"_s);
    QCOMPARE(d.sections.at(0).themeKey, u"T1"_s);
    QCOMPARE(d.sections.at(0).points.size(), 2);
    QCOMPARE(d.sections.at(1).heading, u"Water"_s);
    QCOMPARE(d.sections.at(2).heading, u"Autres engagements"_s);
    QCOMPARE(d.sections.at(2).points.constFirst().key, u"P-0012"_s);
    QCOMPARE(d.proposalKeys(), declarationWrittenKeys()); // the committee's order is kept within and across
}

void TstDeclaration::groupedWithoutThemesHasNoHeading()
{
    DeclarationInput input = declarationInput(u"en"_s, true);
    for (Proposal &p : input.proposals.proposals)
        p.theme.clear();
    const Declaration d = buildDeclaration(input);
    QCOMPARE(d.sections.size(), 1);
    QVERIFY(d.sections.constFirst().heading.isEmpty());
}

void TstDeclaration::whoTookPart()
{
    const Declaration d = buildDeclaration(declarationInput(u"en"_s));
    // Categories of the people counted, in the vocabulary's order; the cancelled international official not.
    QCOMPARE(d.participation,
             u"Women and men — entrepreneurs of the social and solidarity economy, trade union officials, "
             "academics and representatives of public authorities — took an active part in the "
             "debates and the workshops."_s);
}

void TstDeclaration::defaultLanguage_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << QStringList{u"es"_s, u"en"_s} << u"es"_s;
    QTest::newRow("unsupported first") << QStringList{u"de"_s, u"fr"_s} << u"en"_s;
    QTest::newRow("none") << QStringList() << u"en"_s;
}

void TstDeclaration::defaultLanguage()
{
    QFETCH(QStringList, languages);
    QFETCH(QString, expected);
    ForumInfo info;
    info.languages = languages;
    QCOMPARE(defaultDeclarationLanguage(info), expected);
    DeclarationInput input = declarationInput(QString());
    input.info.languages = languages;
    QCOMPARE(buildDeclaration(input).language, expected);
}

void TstDeclaration::emptyForum()
{
    DeclarationInput input;
    input.info.title = u"Forum des Cimes"_s;
    input.language = u"fr"_s;
    const Declaration d = buildDeclaration(input);
    QCOMPARE(d.title, u"Déclaration finale du Forum des Cimes"_s);
    QCOMPARE(d.introduction, u"Le Forum des Cimes a eu lieu."_s);
    for (DeclarationPart part :
         {DeclarationPart::PlaceAndDate, DeclarationPart::Question, DeclarationPart::Patronage,
          DeclarationPart::Guests, DeclarationPart::Participation, DeclarationPart::Decisions,
          DeclarationPart::Closing, DeclarationPart::Conclusion, DeclarationPart::Signature})
        QVERIFY(!d.has(part));
    QVERIFY(d.decisionIntro.isEmpty());
    QVERIFY(d.guestsIntro.isEmpty());
}

void TstDeclaration::paragraphs()
{
    QCOMPARE(declarationParagraphs(u"  One\n\n two  words\r\nthree\n"_s),
             (QStringList{u"One"_s, u"two words"_s, u"three"_s}));
    QVERIFY(declarationParagraphs(u"\n \n"_s).isEmpty());
}

void TstDeclaration::freeTextsOfParts()
{
    DeclarationInput input = declarationInput(u"en"_s);
    input.texts.*freeTextOf(DeclarationPart::Closing) = u"Edited closing."_s;
    input.texts.*freeTextOf(DeclarationPart::Title) = u"Forum of the Peaks"_s;
    const Declaration d = buildDeclaration(input);
    QCOMPARE(d.closing, QStringList{u"Edited closing."_s});
    QCOMPARE(d.title, u"Final declaration of the 3rd edition of the Forum of the Peaks"_s);
    for (DeclarationPart computed :
         {DeclarationPart::PlaceAndDate, DeclarationPart::Introduction, DeclarationPart::Guests,
          DeclarationPart::Participation, DeclarationPart::Signature})
        QVERIFY(!freeTextOf(computed));
}

void TstDeclaration::fastEnoughForALivePreview()
{
    DeclarationInput input = declarationInput(u"en"_s);
    for (int i = 0; i < 300; ++i) {
        Proposal p = declarationProposal("", "A retained proposal with a sentence of ordinary length in it.",
                                         ProposalStatus::Retained, 100 + i, "T1");
        p.key = u"Q-%1"_s.arg(i, 4, 10, QChar(u'0'));
        input.proposals.proposals << p;
    }
    QElapsedTimer timer;
    timer.start();
    const Declaration d = buildDeclaration(input);
    QCOMPARE(d.pointCount(), 307);
    qInfo("built with 300 more proposals in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TstDeclaration)
#include "tst_declaration.moc"
