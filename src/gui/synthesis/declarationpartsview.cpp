#include "declarationpartsview.h"

#include "declarationcommands.h"
#include "forumdocument.h"
#include "guestsdialog.h"
#include "languagenames.h"
#include "partedit.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cordee {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QLabel *newComputedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::AlternateBase);
    label->setMargin(6);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *newNoteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

/// The box of one part, where its widgets go.
struct DeclarationPartsView::Section
{
    QWidget *box;
    QVBoxLayout *layout;
};

DeclarationPartsView::DeclarationPartsView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"declarationParts"_s);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setSpacing(14);
    buildParts();
    m_layout->addStretch(1);
    setWidget(content);
}

DeclarationPartsView::~DeclarationPartsView() = default;

DeclarationPartsView::Section DeclarationPartsView::addSection(DeclarationPart part, const QString &title,
                                                               const QString &source)
{
    auto *box = new QWidget(widget() ? widget() : this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *heading = new QLabel(u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s, box);
    layout->addWidget(heading);
    if (!source.isEmpty())
        layout->addWidget(newNoteLabel(source, box));
    box->setObjectName(u"part%1"_s.arg(int(part)));
    m_layout->addWidget(box);
    return {box, layout};
}

void DeclarationPartsView::addEditor(const Section &section, DeclarationPart part, bool singleLine)
{
    auto *edit = new PartEdit(singleLine, section.box);
    edit->setObjectName(u"partEditor%1"_s.arg(int(part)));
    edit->setAccessibleName(declarationPartName(part));
    section.layout->addWidget(edit);
    auto *inherited = newNoteLabel({}, section.box);
    inherited->hide();
    section.layout->addWidget(inherited);
    m_editors.insert(part, edit);
    m_inherited.insert(part, inherited);
    connect(edit, &PartEdit::edited, this, [this, part](const QString &text) { textEdited(part, text); });
    connect(edit, &PartEdit::undoRequested, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(edit, &PartEdit::redoRequested, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
}

void DeclarationPartsView::addComputed(const Section &section, DeclarationPart part)
{
    QLabel *label = newComputedLabel(section.box);
    label->setObjectName(u"partText%1"_s.arg(int(part)));
    label->setAccessibleName(declarationPartName(part));
    section.layout->addWidget(label);
    m_computed.insert(part, label);
}

void DeclarationPartsView::buildParts()
{
    using P = DeclarationPart;
    const auto computed = [this](P part, const QString &title, const QString &source) {
        addComputed(addSection(part, title, source), part);
    };
    const auto free = [this](P part, const QString &title, const QString &source, bool singleLine) {
        addEditor(addSection(part, title, source), part, singleLine);
    };
    computed(P::PlaceAndDate, tr("Place and date"),
             tr("Computed: the forum's city and last day, from Forum Settings."));
    Section title =
        addSection(P::Title, tr("Title"), tr("Computed from the edition's number and the forum's name."));
    addComputed(title, P::Title);
    m_forumNameNote = newNoteLabel({}, title.box);
    title.layout->addWidget(m_forumNameNote);
    addEditor(title, P::Title, true);
    free(P::Question, tr("The edition's question"), {}, false);

    Section intro = addSection(P::Introduction, tr("Introduction"),
                               tr("Computed: the dates and place from Forum Settings; the figures from the "
                                  "Participants page, cancelled registrations not counted."));
    m_figures = new QLabel(intro.box);
    m_figures->setObjectName(u"declarationFigures"_s);
    m_figures->setWordWrap(true);
    QFont bold = m_figures->font();
    bold.setBold(true);
    m_figures->setFont(bold);
    intro.layout->addWidget(m_figures);
    addComputed(intro, P::Introduction);

    free(P::Patronage, tr("Patronage"), {}, false);
    Section guests =
        addSection(P::Guests, tr("Guests of honour"),
                   tr("The guests of honour recorded in the forum file, with their titles in this "
                      "language."));
    addComputed(guests, P::Guests);
    auto *editGuests = new QPushButton(tr("Edit Guests…"), guests.box);
    editGuests->setObjectName(u"editGuestsButton"_s);
    editGuests->setToolTip(tr("Add, remove or reorder the guests of honour and their titles"));
    connect(editGuests, &QPushButton::clicked, this, &DeclarationPartsView::editGuests);
    guests.layout->addWidget(editGuests, 0, Qt::AlignLeft);
    computed(P::Participation, tr("Who took part"),
             tr("Computed from the categories of the participants present (Participants page)."));

    Section decisions = addSection(P::Decisions, tr("The proposals"),
                                   tr("Your words before the proposals, then the proposals retained on the "
                                      "Proposals page, in the committee's order."));
    addEditor(decisions, P::Decisions, false);
    addComputed(decisions, P::Decisions);
    auto *order = new QPushButton(tr("Order the Proposals…"), decisions.box);
    order->setObjectName(u"orderProposalsButton"_s);
    order->setToolTip(tr("Open the Proposals page to retain proposals and set their order"));
    connect(order, &QPushButton::clicked, this, [this] { Q_EMIT showPageRequested(u"proposalsPage"_s); });
    decisions.layout->addWidget(order, 0, Qt::AlignLeft);

    free(P::Closing, tr("Closing text"), {}, false);
    free(P::Conclusion, tr("Conclusion"), {}, false);
    computed(P::Signature, tr("Signature"), tr("Computed: the organizer, from Forum Settings."));
}

void DeclarationPartsView::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ForumDocument::declarationChanged, this,
                [this](const QString &language, DeclarationPart part) {
                    if (language.isEmpty() || language == m_language)
                        reloadText(part, false);
                });
    reloadTexts();
}

void DeclarationPartsView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    reloadTexts();
}

void DeclarationPartsView::reloadTexts()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        reloadText(it.key(), true);
}

void DeclarationPartsView::reloadText(DeclarationPart part, bool force)
{
    PartEdit *edit = m_editors.value(part);
    QLabel *inherited = m_inherited.value(part);
    if (!edit)
        return;
    edit->setEnabled(m_document);
    if (!m_document) {
        edit->setTextQuietly({});
        inherited->hide();
        return;
    }
    const QString own = m_document->declarationText(m_language, part);
    const QString base = m_document->declarationText({}, part);
    // Typing that emptied the part leaves it empty on screen, even though the base now shows through.
    if (force || edit->toPlainText() != own)
        edit->setTextQuietly(own.isEmpty() ? base : own);
    const QString language = capitalised(nativeLanguageName(m_language));
    if (part == DeclarationPart::Title)
        m_forumNameNote->setText(tr("The forum's name as the declaration writes it in %1:").arg(language));
    edit->setPlaceholderText(defaultWording(part));
    inherited->setText(
        tr("The common text of every language; what you type here is kept for %1 only.").arg(language));
    inherited->setVisible(own.isEmpty() && !base.isEmpty());
}

void DeclarationPartsView::textEdited(DeclarationPart part, const QString &text)
{
    if (!m_document)
        return;
    if (Status s = pushDeclarationText(m_document, m_language, part, text); !s) {
        // The document has told the window why; the editor shows the file again.
        if (PartEdit *edit = m_editors.value(part))
            edit->setTextQuietly(m_document->declarationText(m_language, part));
        return;
    }
    m_inherited.value(part)->hide();
}

QString DeclarationPartsView::defaultWording(DeclarationPart part) const
{
    if (!m_document)
        return {};
    QString wording;
    switch (part) {
    case DeclarationPart::Title:
        wording = m_document->info().title;
        break;
    case DeclarationPart::Question:
        wording = m_document->info().theme;
        break;
    case DeclarationPart::Decisions:
        wording = DeclarationLanguage::forCode(m_language).decisionIntro();
        break;
    default:
        break;
    }
    return wording.isEmpty() ? tr("Empty: the part is left out")
                             : tr("Empty: the declaration writes “%1”").arg(wording);
}

void DeclarationPartsView::showDeclaration(const Declaration &d)
{
    using P = DeclarationPart;
    const auto show = [this](P part, const QString &text, const QString &whenEmpty) {
        QLabel *label = m_computed.value(part);
        label->setText(text.isEmpty() ? whenEmpty : text);
        label->setEnabled(!text.isEmpty());
    };
    show(P::PlaceAndDate, d.placeAndDate, tr("No city or dates in Forum Settings: the line is left out."));
    show(P::Title, d.title, {});
    show(P::Introduction, d.introduction, {});
    QStringList guests;
    for (const DeclarationGuest &g : d.guests)
        guests << u"• "_s + (g.title.isEmpty() ? g.name : g.name + u", "_s + g.title);
    show(P::Guests, guests.join(u'\n'), tr("No guests of honour recorded: the part is left out."));
    show(P::Participation, d.participation, tr("No participants yet: the part is left out."));
    show(P::Signature, d.signature, tr("No organizer in Forum Settings: the signature is left out."));

    int proposals = 0;
    for (const DeclarationSection &section : d.sections)
        proposals += int(section.points.size());
    const int subPoints = d.pointCount() - proposals;
    show(P::Decisions,
         proposals == 0 ? QString()
                        : tr("%n retained proposal(s)", nullptr, proposals) + u", "_s +
                              tr("%n sub-point(s)", nullptr, subPoints) + u"."_s,
         tr("No proposal retained yet."));

    m_figures->setText(tr("%n participant(s) present (cancelled excluded)", nullptr, d.figures.participants) +
                       u" · "_s + tr("%n country(ies)", nullptr, d.figures.countries) + u" · "_s +
                       tr("%n continent(s)", nullptr, d.figures.continents));
}

void DeclarationPartsView::editGuests()
{
    if (!m_document)
        return;
    GuestsDialog dialog(m_document->declarationTexts().guests, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = pushGuests(m_document, dialog.guests()); !s)
        QMessageBox::warning(this, tr("Guests of Honour"), s.error().fullText());
}

} // namespace cordee
