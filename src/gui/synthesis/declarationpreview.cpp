#include "declarationpreview.h"

#include "declarationpages.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

namespace cordee {

namespace {

constexpr int Gap = 16;         // between pages and around them
constexpr int ShadowOffset = 3; // offset of a page's shadow
constexpr int MaxWidth = 900;

} // namespace

/// The pages, laid out for the viewport's width; an image per page in sight, kept until the pages or the
/// width change.
class DeclarationPreview::Canvas : public QWidget
{
public:
    explicit Canvas(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        // The scroll area asks the policy, not the widget, whether the height follows the width.
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setPages(std::shared_ptr<const DeclarationPages> pages)
    {
        m_pages = std::move(pages);
        m_cache.clear();
        updateGeometry();
        update();
    }
    const DeclarationPages *pages() const { return m_pages.get(); }
    int pageCount() const { return m_pages ? m_pages->pageCount() : 0; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QSize page = pageSize(width);
        return Gap + pageCount() * (page.height() + Gap);
    }
    QSize sizeHint() const override { return {400, heightForWidth(400)}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        m_cache.clear();
    }

    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Dark));
        if (!m_pages)
            return;
        const QSize size = pageSize(width());
        const int left = (width() - size.width()) / 2;
        const qreal ratio = devicePixelRatioF();
        const qreal dpi = 72.0 * size.width() * ratio / m_pages->pageSizePoints().width();
        for (int i = 0; i < m_pages->pageCount(); ++i) {
            const QRect page(left, Gap + i * (size.height() + Gap), size.width(), size.height());
            if (!page.adjusted(0, 0, ShadowOffset, ShadowOffset).intersects(event->rect()))
                continue;
            painter.fillRect(page.translated(ShadowOffset, ShadowOffset), QColor(0, 0, 0, 90));
            auto it = m_cache.find(i);
            if (it == m_cache.end()) {
                QImage image = m_pages->pageImage(i, dpi);
                image.setDevicePixelRatio(ratio);
                it = m_cache.insert(i, image);
            }
            painter.drawImage(page, *it);
            painter.setPen(QColor(0, 0, 0, 60));
            painter.drawRect(page.adjusted(0, 0, -1, -1));
        }
    }

private:
    /// A page's size on screen for a canvas `width` wide: the width less the gaps, the paper's proportions.
    QSize pageSize(int width) const
    {
        if (!m_pages)
            return {};
        const QSizeF points = m_pages->pageSizePoints();
        const int w = std::clamp(width - 2 * Gap, 120, MaxWidth);
        return {w, qRound(w * points.height() / points.width())};
    }

    std::shared_ptr<const DeclarationPages> m_pages;
    QHash<int, QImage> m_cache;
};

DeclarationPreview::DeclarationPreview(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new Canvas(this))
{
    setObjectName(QStringLiteral("declarationPreview"));
    setAccessibleName(tr("Preview of the declaration's pages"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundRole(QPalette::Dark);
    setWidget(m_canvas);
    verticalScrollBar()->setSingleStep(40);
}

DeclarationPreview::~DeclarationPreview() = default;

void DeclarationPreview::setPages(std::shared_ptr<const DeclarationPages> pages)
{
    // Keep the same place in the document: the share of its height scrolled.
    QScrollBar *bar = verticalScrollBar();
    const double share = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    m_canvas->setPages(std::move(pages));
    bar->setValue(qRound(share * bar->maximum()));
}

int DeclarationPreview::pageCount() const
{
    return m_canvas->pageCount();
}

const DeclarationPages *DeclarationPreview::pages() const
{
    return m_canvas->pages();
}

} // namespace cordee
