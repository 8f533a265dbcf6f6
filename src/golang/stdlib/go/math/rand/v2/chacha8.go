package rand

import "errors"

// chachaBlock returns word k of the 32 that Go's ChaCha8 generator makes from seed and
// counter (four ChaCha8 blocks, counters counter..counter+3, interleaved).
func chachaBlock(s0, s1, s2, s3 uint64, counter uint32, k int) uint64

// A ChaCha8 is a ChaCha8-based cryptographically strong random number generator: Go's
// exact algorithm (32 words per block, re-keyed from the last 4 words every 16 counters).
type ChaCha8 struct {
	seed [4]uint64
	buf  [32]uint64
	i    uint32
	n    uint32
	c    uint32
	// Bytes of the last word Read did not use (the last readLen of readBuf).
	readBuf [8]byte
	readLen int
}

// NewChaCha8 returns a new ChaCha8 seeded with the given seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed resets the ChaCha8 to behave the same way as NewChaCha8(seed).
func (c *ChaCha8) Seed(seed [32]byte) {
	for w := 0; w < 4; w++ {
		var x uint64
		for b := 7; b >= 0; b-- {
			x = x<<8 | uint64(seed[w*8+b])
		}
		c.seed[w] = x
	}
	c.c = 0
	c.fill()
	c.n = 32
	c.readBuf = [8]byte{}
	c.readLen = 0
}

func (c *ChaCha8) fill() {
	for k := range c.buf {
		c.buf[k] = chachaBlock(c.seed[0], c.seed[1], c.seed[2], c.seed[3], c.c, k)
	}
	c.i = 0
}

func (c *ChaCha8) refill() {
	c.c += 4
	if c.c == 16 {
		copy(c.seed[:], c.buf[28:])
		c.c = 0
	}
	c.fill()
	c.n = 32
	if c.c == 12 {
		c.n = 28
	}
}

// Uint64 returns a uniformly distributed random uint64 value.
func (c *ChaCha8) Uint64() uint64 {
	if c.i >= c.n {
		c.refill()
	}
	x := c.buf[c.i]
	c.i++
	return x
}

// Read reads exactly len(p) bytes into p (little-endian words; a word's unused bytes are
// kept for the next Read).
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
	}
	for n < len(p) {
		x := c.Uint64()
		for b := 0; b < 8; b++ {
			c.readBuf[b] = byte(x >> (8 * b))
		}
		k := copy(p[n:], c.readBuf[:])
		n += k
		c.readLen = 8 - k
	}
	return n, nil
}

// AppendBinary appends the generator's state to b: unread Read bytes as "readbuf:" plus a
// length byte and the bytes, then "chacha8:", how many words of the current 128 were used
// (big-endian) and the four seed words (little-endian), as Go encodes it.
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, uint8(c.readLen))
		b = append(b, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	b = append(b, "chacha8:"...)
	used := uint64(c.c/4*32 + c.i)
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(used>>shift))
	}
	for _, w := range c.seed {
		for shift := 0; shift < 64; shift += 8 {
			b = append(b, byte(w>>shift))
		}
	}
	return b, nil
}

// MarshalBinary returns the state as AppendBinary writes it.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

// UnmarshalBinary restores a state MarshalBinary returned.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < 1+int(data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		k := int(data[0])
		c.readLen = copy(c.readBuf[len(c.readBuf)-k:], data[1:1+k])
		data = data[1+k:]
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	var used uint64
	for _, x := range data[8:16] {
		used = used<<8 | uint64(x)
	}
	if used > 4*32-4 {
		return new(errUnmarshalChaCha8)
	}
	for w := range c.seed {
		var x uint64
		for b := 7; b >= 0; b-- {
			x = x<<8 | uint64(data[16+8*w+b])
		}
		c.seed[w] = x
	}
	c.c = 4 * (uint32(used) / 32)
	c.fill()
	c.i = uint32(used) % 32
	c.n = 32
	if c.c == 12 {
		c.n = 28
	}
	return nil
}
