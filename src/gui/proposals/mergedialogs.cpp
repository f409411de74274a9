#include "mergedialogs.h"

#include "proposallineage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace cordee {

MergeDialog::MergeDialog(const ProposalSet &set, const QStringList &keys, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge %n Proposal(s)", nullptr, int(keys.size())));
    auto *originals = new QLabel(this);
    originals->setWordWrap(true);
    originals->setTextFormat(Qt::RichText);
    QString list = QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0\">");
    for (const QString &key : keys)
        if (const Proposal *p = set.find(key))
            list +=
                QStringLiteral("<li><b>%1</b> (%2) — %3</li>")
                    .arg(key.toHtmlEscaped(),
                         p->workshop.isEmpty() ? tr("Plenary").toHtmlEscaped() : p->workshop.toHtmlEscaped(),
                         p->text.toHtmlEscaped());
    originals->setText(tr("These proposals become one:") + list + QStringLiteral("</ul>"));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("mergedText"));
    m_text->setAccessibleName(tr("Text of the merged proposal"));
    m_text->setPlainText(mergeTextDraft(set, keys));
    m_text->setTabChangesFocus(true);
    auto *textLabel = new QLabel(tr("&Text of the merged proposal (rewrite it as one):"), this);
    textLabel->setBuddy(m_text);

    auto *outcome = new QLabel(this);
    outcome->setWordWrap(true);
    outcome->setForegroundRole(QPalette::PlaceholderText);
    if (auto planned = planMerge(set, keys, m_text->toPlainText()); planned) {
        const Proposal &merged = planned->added.constFirst();
        outcome->setText(
            tr("It becomes %1, %2, in %3. The originals stay, marked \"merged into %1\", and the history "
               "keeps where it came from. Undo takes the merge back.")
                .arg(merged.key, vocab::label(merged.status).toLower(),
                     merged.workshop.isEmpty() ? tr("the plenary") : merged.workshop));
    } else {
        outcome->setText(planned.error().message);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(originals);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(outcome);
    layout->addWidget(m_buttons);
    resize(620, 460);
}

QString MergeDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

namespace {

/// The sentences of a text (split after . ; ! ? followed by a space), for a first cut of a split.
QStringList sentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("(?<=[.;!?])\\s+"));
    QStringList out;
    for (const QString &part : text.split(end, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

SplitDialog::SplitDialog(const Proposal &original, QWidget *parent)
    : QDialog(parent)
    , m_key(original.key)
{
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Split Proposal %1").arg(original.key));
    auto *intro = new QLabel(
        tr("<b>%1</b> — %2").arg(original.key.toHtmlEscaped(), original.text.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    auto *explain = new QLabel(tr("Write one proposal per box. The original stays, marked as split, and each "
                                  "part keeps its theme, tags and place. Undo takes the split back."),
                               this);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);

    auto *partsWidget = new QWidget;
    m_partsLayout = new QVBoxLayout(partsWidget);
    m_partsLayout->setContentsMargins(0, 0, 0, 0);
    m_partsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(partsWidget);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *add = new QPushButton(tr("&Add a Part"), this);
    add->setObjectName(QStringLiteral("addPartButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addPart();
        m_parts.constLast()->setFocus();
    });
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Split"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(add);
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(explain);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    QStringList first = sentences(original.text);
    if (first.size() < 2)
        first = {original.text, QString()};
    for (const QString &part : std::as_const(first))
        addPart(part);
    resize(620, 460);
}

void SplitDialog::addPart(const QString &text)
{
    auto *row = new QWidget;
    auto *edit = new QPlainTextEdit(text, row);
    edit->setTabChangesFocus(true);
    edit->setObjectName(QStringLiteral("splitPart%1").arg(m_parts.size() + 1));
    edit->setAccessibleName(tr("Part %1").arg(m_parts.size() + 1));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Take this part away"));
    remove->setAccessibleName(tr("Take part %1 away").arg(m_parts.size() + 1));
    auto *label = new QLabel(QString::number(m_parts.size() + 1) + u'.', row);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(label, 0, Qt::AlignTop);
    h->addWidget(edit, 1);
    h->addWidget(remove, 0, Qt::AlignTop);
    m_partsLayout->insertWidget(m_partsLayout->count() - 1, row);
    m_parts << edit;
    m_partRows << row;
    connect(edit, &QPlainTextEdit::textChanged, this, &SplitDialog::updateState);
    connect(remove, &QToolButton::clicked, this, [this, row, edit] {
        if (m_parts.size() <= 2)
            return;
        m_parts.removeAll(edit);
        m_partRows.removeAll(row);
        row->deleteLater();
        updateState();
    });
    updateState();
}

QStringList SplitDialog::texts() const
{
    QStringList out;
    for (const QPlainTextEdit *edit : m_parts)
        if (const QString t = edit->toPlainText().trimmed(); !t.isEmpty())
            out << t;
    return out;
}

void SplitDialog::updateState()
{
    const int filled = int(texts().size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled >= 2);
    m_hint->setText(filled >= 2 ? tr("%n new proposal(s)", nullptr, filled) : tr("Two parts at least"));
}

} // namespace cordee
