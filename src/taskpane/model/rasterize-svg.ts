/**
 * SVG chart → PNG in the browser (canvas). Word pastes <img> but drops inline SVG, and the .docx
 * builder takes PNG bytes; the Node side uses resvg for the same job.
 */
export interface PngImage {
  data: Uint8Array;
  width: number;
  height: number;
  dataUrl: string;
}

export async function svgToPng(svg: string, scale = 2): Promise<PngImage> {
  const img = new Image();
  // onload rather than img.decode(): Edge Legacy (Office 2019) has no decode().
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('图表无法转为图片'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const width = Math.round(img.naturalWidth * scale);
  const height = Math.round(img.naturalHeight * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('浏览器不支持画布（canvas），图表将以数据表形式输出。');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.drawImage(img, 0, 0, width, height);
  const dataUrl = canvas.toDataURL('image/png');
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const data = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
  return { data, width, height, dataUrl };
}
