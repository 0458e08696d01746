/** A chosen file's bytes; FileReader because Edge Legacy (Office 2019) has no Blob.arrayBuffer(). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('无法读取所选文件'));
    reader.readAsArrayBuffer(file);
  });
}
