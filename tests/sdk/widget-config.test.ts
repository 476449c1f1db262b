import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../client/widget/config.js';

describe('widget embed tag', () => {
  it('reads the data attributes; the hub defaults to the script origin', () => {
    const config = readEmbedConfig(
      {
        tenant: 'demo',
        listingId: 'rc-1',
        listingAddress: '7420 Etiwanda Ave, Rancho Cucamonga, CA 91739',
        listingPrice: '$725,000',
        listingBeds: '4',
        listingBaths: '3',
        intent: 'buy',
      },
      'http://localhost:3000/widget.js',
      'http://localhost:8080/listing/1',
    );
    expect(config).toEqual({
      hubUrl: 'http://localhost:3000',
      tenantId: 'demo',
      title: 'Chat with us',
      intent: 'buy',
      listing: {
        id: 'rc-1',
        address: '7420 Etiwanda Ave, Rancho Cucamonga, CA 91739',
        price: 725_000,
        beds: 4,
        baths: 3,
      },
    });
  });

  it('takes data-hub over the script origin and ignores bad values', () => {
    const config = readEmbedConfig(
      { hub: 'http://hub.example:4000/', listingPrice: 'call us', intent: 'rent' },
      'http://cdn.example/widget.js',
      'http://page.example/',
    );
    expect(config).toEqual({ hubUrl: 'http://hub.example:4000', tenantId: 'demo', title: 'Chat with us' });
  });

  it("reads a signed-in user's identity token (data-identity-token) and the legacy hash attributes", () => {
    const read = (dataset: DOMStringMap) =>
      readEmbedConfig(dataset, 'http://localhost:3000/widget.js', 'http://localhost:8080/');
    expect(read({ identityToken: 'eyJ.a.b' }).identityToken).toBe('eyJ.a.b');
    expect(read({ identityToken: 'x'.repeat(5_000) }).identityToken).toHaveLength(4_096);
    expect(read({ userId: 'u-1', userHash: 'ab'.repeat(32) }).identity).toEqual({
      userId: 'u-1',
      hash: 'ab'.repeat(32),
    });
    expect(read({}).identityToken).toBeUndefined();
  });
});
