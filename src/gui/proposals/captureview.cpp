#include "captureview.h"

#include "captureoutline.h"
#include "forumdocument.h"
#include "outlinerow.h"
#include "proposalcommands.h"
#include "proposalfields.h"
#include "similarityindex.h"
#include "similarlist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cordee {

CaptureView::CaptureView(SimilarityIndex *similarity, QWidget *parent)
    : QWidget(parent)
    , m_similarity(similarity)
{
    setObjectName(QStringLiteral("captureView"));
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("workshopPicker"));
    m_picker->setAccessibleName(tr("Workshop whose proposals are captured"));
    m_picker->setMinimumContentsLength(44);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMaxVisibleItems(24);
    auto *pickerLabel = new QLabel(tr("&Workshop:"), this);
    pickerLabel->setBuddy(m_picker);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("workshopInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_outline = new CaptureOutline(this);
    m_outline->setAccessibleName(tr("Proposals of the workshop"));
    auto *keys = new QLabel(tr("Enter: next proposal · Tab / Shift+Tab: sub-point and back · Alt+↑/↓ or "
                               "the grip: move · Del in an empty one: remove · Ctrl+Z: undo · Ctrl+Tab: "
                               "leave the list"),
                            this);
    keys->setObjectName(QStringLiteral("captureKeysHint"));
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    m_similar = new SimilarList(tr("Similar proposals already captured"), this);
    m_similar->setObjectName(QStringLiteral("captureSimilar"));
    m_fields = new ProposalFields(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical, left);
    vertical->setChildrenCollapsible(false);
    auto *outlinePane = new QWidget(vertical);
    auto *outlineLayout = new QVBoxLayout(outlinePane);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->addWidget(m_outline, 1);
    outlineLayout->addWidget(keys);
    vertical->addWidget(outlinePane);
    vertical->addWidget(m_similar);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({420, 150});
    leftLayout->addWidget(vertical);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_fields);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({520, 300});

    auto *top = new QHBoxLayout;
    top->addWidget(pickerLabel);
    top->addWidget(m_picker);
    top->addWidget(m_info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_similarTimer.setSingleShot(true);
    m_similarTimer.setInterval(150);
    connect(&m_similarTimer, &QTimer::timeout, this, &CaptureView::findSimilar);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        m_outline->setWorkshop(workshop());
        updateInfo();
        m_fields->showProposal({});
        m_similar->showResults({},
                               tr("Type a proposal: those captured elsewhere that say the same show here."));
    });
    connect(m_outline, &CaptureOutline::currentChanged, this, [this](const QString &key) {
        m_fields->showProposal(key);
        const Proposal *p = m_document ? m_document->proposals().find(key) : nullptr;
        m_typedKey = key;
        m_typedText = p ? p->text : QString();
        m_similarTimer.start();
        Q_EMIT currentChanged(key);
    });
    connect(m_outline, &CaptureOutline::textTyped, this, [this](const QString &key, const QString &text) {
        m_typedKey = key;
        m_typedText = text;
        m_similarTimer.start();
    });
    connect(m_outline, &CaptureOutline::message, this, &CaptureView::message);
    connect(m_similar, &SimilarList::activated, this, &CaptureView::proposalActivated);
    connect(m_fields, &ProposalFields::edited, this, [this](const Proposal &changed, const QString &field) {
        // A number typed digit by digit, or goals ticked one after another, is one step.
        if (Status s = pushProposalEdit(m_document, planUpdate(m_document->proposals(), changed),
                                        tr("Edit %1").arg(changed.key), field + u':' + changed.key);
            !s)
            Q_EMIT message(s.error().message);
    });
    connect(m_fields, &ProposalFields::statusChosen, this, [this](const QString &key, ProposalStatus status) {
        if (Status s = pushProposalEdit(m_document, planSetStatus(m_document->proposals(), key, status),
                                        tr("Set %1 to %2").arg(key, vocab::label(status).toLower()));
            !s) {
            Q_EMIT message(s.error().message);
            m_fields->showProposal(key);
        }
    });
}

void CaptureView::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_outline->setDocument(document);
    m_fields->setDocument(document);
    m_similar->setDocument(document);
    if (document) {
        connect(document, &ForumDocument::programmeChanged, this, [this] {
            rebuildPicker();
            m_fields->refreshChoices();
        });
        connect(document, &ForumDocument::participantsChanged, this, [this] {
            updateInfo();
            m_fields->refreshChoices();
        });
        connect(document, &ForumDocument::proposalsChanged, this, [this] {
            updateInfo();
            m_fields->refreshProposal();
        });
    }
    rebuildPicker();
    // A rapporteur starts with the first workshop; the plenary is first in the list.
    if (document && !document->workshops().isEmpty())
        setWorkshop(document->workshops().constFirst().key);
    m_outline->setWorkshop(workshop());
    updateInfo();
    m_similar->showResults({}, tr("Type a proposal: those captured elsewhere that say the same show here."));
}

void CaptureView::rebuildPicker()
{
    const QString current = workshop();
    const QSignalBlocker blocker(m_picker);
    auto *model = new QStandardItemModel(m_picker);
    auto *plenary = new QStandardItem(tr("Plenary"));
    plenary->setData(QString(), Qt::UserRole);
    model->appendRow(plenary);
    if (m_document) {
        QHash<QString, QString> themes;
        for (const Theme &t : m_document->themes())
            themes.insert(t.key, t.title);
        const QLocale locale;
        for (const TimeSlot &slot : m_document->timeSlots()) {
            if (slot.kind != SlotKind::Workshops)
                continue;
            // The slot as a heading that cannot be chosen, its workshops under it.
            auto *heading = new QStandardItem(locale.toString(slot.date, QStringLiteral("dddd d MMMM")) +
                                              QStringLiteral(" · ") +
                                              locale.toString(slot.start, QStringLiteral("HH:mm")));
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setData(QStringLiteral("#slot"), Qt::UserRole);
            model->appendRow(heading);
            for (const Workshop &w : m_document->workshops()) {
                if (w.slot != slot.key)
                    continue;
                const QString title = !w.title.isEmpty() ? w.title : themes.value(w.theme);
                auto *item =
                    new QStandardItem(w.key + (title.isEmpty() ? QString() : QStringLiteral(" — ") + title));
                item->setData(w.key, Qt::UserRole);
                model->appendRow(item);
            }
        }
    }
    // The combo box deletes the model it owned before.
    m_picker->setModel(model);
    int index = 0;
    for (int i = 0; i < m_picker->count(); ++i)
        if (m_picker->itemData(i).toString() == current)
            index = i;
    m_picker->setCurrentIndex(index);
}

QString CaptureView::workshop() const
{
    const QString key = m_picker->currentData().toString();
    return key == u"#slot" ? QString() : key;
}

void CaptureView::setWorkshop(const QString &workshop)
{
    for (int i = 0; i < m_picker->count(); ++i)
        if (m_picker->itemData(i).toString() == workshop) {
            m_picker->setCurrentIndex(i);
            return;
        }
}

QString CaptureView::currentKey() const
{
    return m_outline->currentKey();
}

void CaptureView::updateInfo()
{
    if (!m_document) {
        m_info->clear();
        return;
    }
    const QString key = workshop();
    QStringList parts;
    for (const Workshop &w : m_document->workshops()) {
        if (w.key != key)
            continue;
        for (const Theme &t : m_document->themes())
            if (t.key == w.theme)
                parts << tr("Theme: %1").arg(t.title);
        // The workshop's rapporteur, else the one who typed most of its proposals.
        qint64 rapporteur = w.rapporteurId;
        if (rapporteur == 0) {
            QHash<qint64, int> typed;
            for (const Proposal &p : m_document->proposals().proposals)
                if (p.workshop == key && p.rapporteurId != 0)
                    ++typed[p.rapporteurId];
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                if (rapporteur == 0 || it.value() > typed.value(rapporteur))
                    rapporteur = it.key();
        }
        const int r = m_document->indexOfParticipant(rapporteur);
        parts << (r >= 0 ? tr("Rapporteur: %1").arg(m_document->participants().at(r).displayName())
                         : tr("No rapporteur named"));
    }
    if (key.isEmpty())
        parts << tr("Proposals made in plenary, and those merged across workshops");
    int count = 0;
    for (const Proposal &p : m_document->proposals().proposals)
        count += p.workshop == key && !p.isSubPoint();
    parts << tr("%n proposal(s)", nullptr, count);
    m_info->setText(parts.join(QStringLiteral(" · ")));
}

void CaptureView::findSimilar()
{
    if (!m_document || m_typedText.trimmed().isEmpty()) {
        m_similar->showResults({},
                               tr("Type a proposal: those captured elsewhere that say the same show here."));
        return;
    }
    const QList<SimilarProposal> found =
        m_similarity->index().similarToText(m_typedText, 5, 0.12, m_typedKey);
    m_similar->showResults(found, tr("Nothing captured so far says the same."));
}

} // namespace cordee
