package org.banmap.encode;

/**
 * How sharp (and big) the video is, on one scale for every encoder: 0 (smallest, blockiest) to 100
 * (near lossless). Each encoder gets its own quantiser, linear in {@code 100 - value}:
 *
 * <table>
 *   <caption>--quality to encoder settings</caption>
 *   <tr><th>quality</th><th>jcodec QP</th><th>x264 CRF</th><th>VP9 CRF</th></tr>
 *   <tr><td>100</td><td>0</td><td>0</td><td>0</td></tr>
 *   <tr><td>70</td><td>15</td><td>15</td><td>19</td></tr>
 *   <tr><td>60 (default)</td><td>20</td><td>20</td><td>25</td></tr>
 *   <tr><td>50</td><td>26</td><td>26</td><td>32</td></tr>
 *   <tr><td>0</td><td>51</td><td>51</td><td>63</td></tr>
 * </table>
 *
 * <p>jcodec uses the QP for every macroblock of every frame; x264 and VP9 treat CRF as a target
 * and spend fewer bits on frames that barely change, so at the same number their files are several
 * times smaller. The default keeps decoded map frames above 30 dB PSNR with both H.264 encoders
 * (measured: jcodec QP 20 ~33 dB; see the encoder tests).
 */
public record Quality(int value) {
  public static final Quality DEFAULT = new Quality(60);

  public Quality {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("quality must be 0..100 (higher is sharper), got " + value);
    }
  }

  /** jcodec's constant quantiser, 0..51. */
  public int jcodecQp() {
    return scaled(51);
  }

  /** x264's constant rate factor, 0..51. */
  public int x264Crf() {
    return scaled(51);
  }

  /** libvpx-vp9's constant rate factor, 0..63. */
  public int vp9Crf() {
    return scaled(63);
  }

  private int scaled(int worst) {
    return (int) Math.round((100 - value) * worst / 100.0);
  }
}
