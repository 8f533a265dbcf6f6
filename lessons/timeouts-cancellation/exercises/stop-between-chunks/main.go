package main

import (
	"context"
	"fmt"
	"time"
)

// chunkTime is how long one chunk of work takes.
const chunkTime = 100 * time.Millisecond

// doChunk does one chunk of work; it cannot be interrupted.
func doChunk() { time.Sleep(chunkTime) }

// Process works through n chunks. It should stop at the first check after ctx is
// cancelled and return the number of chunks finished and ctx.Err(); after all n chunks it
// returns n, nil.
func Process(ctx context.Context, n int) (int, error) {
	for i := 0; i < n; i++ {
		doChunk()
	}
	return n, nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 250*time.Millisecond)
	defer cancel()
	done, err := Process(ctx, 10)
	fmt.Println("chunks done:", done, "err:", err)
}
