import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BodyBlock, Span } from '@contracts/notice-body';
import { openLink } from '../../../routes';
import { fileUrl } from '../../../services/files';
import './notice-body.scss';

const preview = (fileID: string, all: string[]) => {
  const urls = all.map(fileUrl);
  Taro.previewImage({ current: fileUrl(fileID), urls }).catch(() => undefined);
};

function SpanText({ span }: { span: Span }) {
  if (span.link) {
    const link = span.link;
    return (
      <Text className="notice-body__link" onClick={() => openLink(link)}>
        {span.text}
      </Text>
    );
  }
  return <Text className={span.strong ? 'notice-body__strong' : undefined}>{span.text}</Text>;
}

/**
 * A notice's body drawn from its blocks with the app's own components — the same in WeChat and
 * the browser, and never HTML. Sizes come from the theme, so elder mode makes it large.
 */
export function NoticeBody({ blocks }: { blocks: readonly BodyBlock[] }) {
  const images = blocks.flatMap((b) => (b.type === 'image' ? [b.fileID] : []));
  return (
    <View className="notice-body">
      {blocks.map((block, i) => {
        if (block.type === 'heading')
          return (
            <Text key={i} className="notice-body__heading">
              {block.text}
            </Text>
          );
        if (block.type === 'image')
          return (
            <Image
              key={i}
              className="notice-body__image"
              src={fileUrl(block.fileID)}
              mode="widthFix"
              aria-label={`图片${images.indexOf(block.fileID) + 1}`}
              onClick={() => preview(block.fileID, images)}
            />
          );
        return (
          <View key={i} className="notice-body__paragraph">
            {block.spans.map((span, j) => (
              <SpanText key={j} span={span} />
            ))}
          </View>
        );
      })}
    </View>
  );
}
