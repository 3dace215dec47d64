import { Image, View } from '@tarojs/components';
import { fileUrl } from '../../../services/files';
import { previewPhotos } from './device';

/** Thumbnails; a tap shows the photo full size. */
export function PhotoGrid({ photos, label = '照片' }: { photos: readonly string[]; label?: string }) {
  if (!photos.length) return null;
  return (
    <View className="ticket-photos">
      {photos.map((fileID, i) => (
        <Image
          key={fileID}
          className="ticket-photos__item"
          src={fileUrl(fileID)}
          mode="aspectFill"
          aria-label={`${label}${i + 1}`}
          onClick={() => previewPhotos(photos, fileID)}
        />
      ))}
    </View>
  );
}
