/** A picture jsPDF can place: PNG data and the size it is drawn at, in points. */
export interface PdfPicture {
  png: string;
  width: number;
  height: number;
}

const HEIGHT_PT = 36;
const SCALE = 4; // pixels per point: sharp when printed

/**
 * The logo drawn into a PNG for the PDF (jsPDF cannot place SVG), kept to its proportions;
 * undefined if it cannot be loaded, so the summary is made without it.
 */
export function logoPng(url: string): Promise<PdfPicture | undefined> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => {
      const ratio =
        img.naturalWidth > 0 && img.naturalHeight > 0 ? img.naturalWidth / img.naturalHeight : 1;
      const width = Math.min(HEIGHT_PT * ratio, HEIGHT_PT * 5);
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * SCALE);
      canvas.height = HEIGHT_PT * SCALE;
      const context = canvas.getContext('2d');
      if (!context) return resolve(undefined);
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      try {
        resolve({ png: canvas.toDataURL('image/png'), width, height: HEIGHT_PT });
      } catch {
        resolve(undefined); // a logo from another origin taints the canvas
      }
    };
    img.onerror = () => resolve(undefined);
    img.src = url;
  });
}
