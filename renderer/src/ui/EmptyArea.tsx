import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The empty state of an area: what it is for and the first thing to do. */
export const EmptyArea = ({ title, hint, action }: { title: string; hint: string; action?: ReactNode }) => (
  <div className="empty-area">
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{title}</Typography.Title>
          <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        </>
      }
    >
      {action}
    </Empty>
  </div>
);
