// A ChaCha8 generator's state saved with MarshalBinary (after a partial Read, so the
// unread bytes are saved too) and restored into another: both continue alike; bad
// encodings are refused.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	c := rand.NewChaCha8([32]byte{9, 8, 7})
	for i := 0; i < 70; i++ {
		c.Uint64()
	}
	b := make([]byte, 3)
	c.Read(b)
	st, err := c.MarshalBinary()
	fmt.Println(st, err)
	want := c.Uint64()
	var d rand.ChaCha8
	fmt.Println(d.UnmarshalBinary(st), d.Uint64() == want)
	for i := 0; i < 200; i++ {
		c.Uint64()
	}
	st, _ = c.MarshalBinary()
	fmt.Println(st)
	fmt.Println(d.UnmarshalBinary(st), d.Uint64() == c.Uint64())
	fmt.Println(d.UnmarshalBinary([]byte("chacha8:")), d.UnmarshalBinary([]byte("readbuf:\x09ab")))
}
