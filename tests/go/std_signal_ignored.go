// signal.Ignored reports what signal.Ignore was given (Reset does not undo it).
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	fmt.Println(signal.Ignored(os.Interrupt), signal.Ignored(syscall.SIGTERM))
	signal.Ignore(os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt), signal.Ignored(syscall.SIGTERM))
	signal.Reset(os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt))
}
